/**
 * Sending an issue: one `newsletter_sends` row per issue, created with one delivery per recipient,
 * and its progress. The deliveries themselves, and the claims a worker takes, are deliveries.ts.
 */
import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { deliveries, issues, newsletterSends, subscribers } from "@/db/schema";
import { rowsOf } from "./rows";

/** Confirmed subscribers in the segment: interested in any of its categories, or in everything. */
function recipientFilter(segment: string[]): SQL {
  const confirmed = sql`${subscribers.status} = 'confirmed'`;
  if (segment.length === 0) return confirmed;
  const list = sql.join(
    segment.map((s) => sql`${s}`),
    sql`, `,
  );
  return sql`${confirmed} and (${subscribers.interests} = '[]'::jsonb or ${subscribers.interests} ?| array[${list}]::text[])`;
}

export async function countRecipientsForEditor(segment: string[]): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(subscribers)
    .where(recipientFilter(segment));
  return row.n;
}

/**
 * Starts the one send of an issue: the send row and every delivery row in one transaction.
 * Returns null when the issue was already sent (or is being sent): a second attempt is refused.
 */
export async function createSendForEditor(input: { issueId: number; subject: string; segment: string[]; startedBy: number | null }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [send] = await tx
      .insert(newsletterSends)
      .values({
        issueId: input.issueId,
        subject: input.subject,
        segment: input.segment,
        startedBy: input.startedBy,
        status: "sending",
        startedAt: sql`now()`,
      })
      .onConflictDoNothing({ target: newsletterSends.issueId })
      .returning();
    if (!send) return null;
    const inserted = await tx.execute(sql`
      insert into ${deliveries} (send_id, subscriber_id, email)
      select ${send.id}, ${subscribers.id}, ${subscribers.email} from ${subscribers} where ${recipientFilter(input.segment)}
      order by ${subscribers.id}`);
    const total =
      (inserted as { affectedRows?: number; rowCount?: number }).affectedRows ?? (inserted as { rowCount?: number }).rowCount ?? 0;
    const [updated] = await tx
      .update(newsletterSends)
      .set({ total, ...(total === 0 ? { status: "done" as const, finishedAt: sql`now()` } : {}) })
      .where(eq(newsletterSends.id, send.id))
      .returning();
    return updated;
  });
}

/** Recomputes a send's counts from its deliveries and closes it when nothing is left. */
export async function refreshSendCounts(sendId: number): Promise<void> {
  const db = await getDb();
  await db.execute(sql`
    with c as (
      select count(*) filter (where status = 'sent')::int as sent,
             count(*) filter (where status = 'failed')::int as failed,
             count(*) filter (where status in ('pending', 'sending'))::int as open
      from ${deliveries} where send_id = ${sendId}
    )
    update ${newsletterSends} s set sent_count = c.sent, failed_count = c.failed,
      status = case when c.open = 0 and s.status = 'sending' then 'done'::send_status else s.status end,
      finished_at = case when c.open = 0 and s.finished_at is null then now() else s.finished_at end
    from c where s.id = ${sendId}`);
}

export async function listOpenSendIds(): Promise<number[]> {
  const db = await getDb();
  const rows = await db.select({ id: newsletterSends.id }).from(newsletterSends).where(eq(newsletterSends.status, "sending"));
  return rows.map((r) => r.id);
}

/** The issue slug behind a send (the worker renders the published issue once per send). */
export async function getSendIssueSlug(sendId: number): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ slug: issues.slug })
    .from(newsletterSends)
    .innerJoin(issues, eq(issues.id, newsletterSends.issueId))
    .where(eq(newsletterSends.id, sendId));
  return row?.slug ?? null;
}

export type SendProgress = {
  id: number;
  status: string;
  total: number;
  sent: number;
  failed: number;
  skipped: number;
  remaining: number;
  startedAt: Date | null;
  finishedAt: Date | null;
};

/** The send of an issue with live counts (from the deliveries themselves), or null. */
export async function getSendProgressForEditor(issueId: number): Promise<SendProgress | null> {
  const db = await getDb();
  const [send] = await db.select().from(newsletterSends).where(eq(newsletterSends.issueId, issueId));
  if (!send) return null;
  const [c] = rowsOf<{ sent: number; failed: number; skipped: number; open: number }>(
    await db.execute(sql`
      select count(*) filter (where status = 'sent')::int as sent, count(*) filter (where status = 'failed')::int as failed,
             count(*) filter (where status = 'skipped')::int as skipped, count(*) filter (where status in ('pending', 'sending'))::int as open
      from ${deliveries} where send_id = ${send.id}`),
  );
  return {
    id: send.id,
    status: send.status,
    total: send.total,
    sent: c.sent,
    failed: c.failed,
    skipped: c.skipped,
    remaining: c.open,
    startedAt: send.startedAt,
    finishedAt: send.finishedAt,
  };
}

/** A published issue that may be sent, with the slugs of its categories (for the segment). */
export async function getSendableIssueForEditor(issueId: number) {
  const db = await getDb();
  const [issue] = await db
    .select({ id: issues.id, slug: issues.slug, title: issues.title, status: issues.status })
    .from(issues)
    .where(eq(issues.id, issueId));
  if (!issue || issue.status !== "published") return null;
  const cats = rowsOf<{ slug: string; name: string }>(
    await db.execute(
      sql`select c.slug, c.name from issue_categories ic join categories c on c.id = ic.category_id where ic.issue_id = ${issueId} order by ic.position`,
    ),
  );
  return { ...issue, categorySlugs: cats.map((c) => c.slug), categoryNames: cats.map((c) => c.name) };
}

/** Published issues, newest first, each with its send (if any), for /editor/newsletters. */
export async function listIssuesWithSendsForEditor(limit = 50) {
  const db = await getDb();
  return db
    .select({
      issueId: issues.id,
      title: issues.title,
      publishedAt: issues.publishedAt,
      sendStatus: newsletterSends.status,
      total: newsletterSends.total,
      sent: newsletterSends.sentCount,
      failed: newsletterSends.failedCount,
      startedAt: newsletterSends.startedAt,
    })
    .from(issues)
    .leftJoin(newsletterSends, eq(newsletterSends.issueId, issues.id))
    .where(eq(issues.status, "published"))
    .orderBy(sql`${issues.publishedAt} desc nulls last`)
    .limit(limit);
}
