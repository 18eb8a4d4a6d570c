/**
 * Sending an issue: one `newsletter_sends` row per issue, one `deliveries` row per recipient, and
 * the claims a worker takes before it sends. Claims use FOR UPDATE SKIP LOCKED, so any number of
 * workers (in any number of instances) share the work without sending anything twice.
 */
import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { deliveries, issues, newsletterSends, subscribers } from "@/db/schema";

function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

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
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(subscribers).where(recipientFilter(segment));
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
      .values({ issueId: input.issueId, subject: input.subject, segment: input.segment, startedBy: input.startedBy, status: "sending", startedAt: sql`now()` })
      .onConflictDoNothing({ target: newsletterSends.issueId })
      .returning();
    if (!send) return null;
    const inserted = await tx.execute(sql`
      insert into ${deliveries} (send_id, subscriber_id, email)
      select ${send.id}, ${subscribers.id}, ${subscribers.email} from ${subscribers} where ${recipientFilter(input.segment)}
      order by ${subscribers.id}`);
    const total = (inserted as { affectedRows?: number; rowCount?: number }).affectedRows ?? (inserted as { rowCount?: number }).rowCount ?? 0;
    const [updated] = await tx
      .update(newsletterSends)
      .set({ total, ...(total === 0 ? { status: "done" as const, finishedAt: sql`now()` } : {}) })
      .where(eq(newsletterSends.id, send.id))
      .returning();
    return updated;
  });
}

export type ClaimedDelivery = { id: number; sendId: number; issueId: number; subscriberId: number; email: string; attempts: number };

/**
 * Claims up to `limit` due deliveries of sends in progress for `workerId`. A claimed row is
 * `sending` with claimedAt/claimedBy set and its attempt counted before anything is sent.
 */
export async function claimDeliveries(workerId: string, limit: number): Promise<ClaimedDelivery[]> {
  const db = await getDb();
  const result = await db.execute<{ id: number; send_id: number; issue_id: number; subscriber_id: number; email: string; attempts: number }>(sql`
    with picked as (
      select d.id from ${deliveries} d
      join ${newsletterSends} s on s.id = d.send_id and s.status = 'sending'
      where d.status = 'pending' and (d.next_attempt_at is null or d.next_attempt_at <= now())
      order by d.id
      limit ${limit}
      for update of d skip locked
    )
    update ${deliveries} d set status = 'sending', claimed_at = now(), claimed_by = ${workerId}, attempts = d.attempts + 1
    from picked, ${newsletterSends} s
    where d.id = picked.id and s.id = d.send_id
    returning d.id, d.send_id, s.issue_id, d.subscriber_id, d.email, d.attempts`);
  return rowsOf<{ id: number; send_id: number; issue_id: number; subscriber_id: number; email: string; attempts: number }>(result).map((r) => ({
    id: r.id,
    sendId: r.send_id,
    issueId: r.issue_id,
    subscriberId: r.subscriber_id,
    email: r.email,
    attempts: r.attempts,
  }));
}

/** Pending deliveries whose subscriber left the list (or bounced) since the send started. */
export async function skipIneligibleDeliveries(): Promise<number> {
  const db = await getDb();
  const result = await db.execute(sql`
    update ${deliveries} d set status = 'skipped', last_error = 'subscriber is ' || s.status
    from ${subscribers} s
    where s.id = d.subscriber_id and d.status = 'pending' and s.status <> 'confirmed'`);
  return (result as { affectedRows?: number; rowCount?: number }).affectedRows ?? (result as { rowCount?: number }).rowCount ?? 0;
}

const mine = (id: number, workerId: string) => and(eq(deliveries.id, id), eq(deliveries.status, "sending"), eq(deliveries.claimedBy, workerId));

export async function markDelivered(id: number, workerId: string, messageId: string): Promise<void> {
  const db = await getDb();
  await db.update(deliveries).set({ status: "sent", sentAt: sql`now()`, messageId, lastError: null }).where(mine(id, workerId));
}

/** A 4xx or timeout: back to pending with a later attempt time, or failed after the last attempt. */
export async function markTemporaryFailure(id: number, workerId: string, error: string, retryAt: Date | null): Promise<void> {
  const db = await getDb();
  if (retryAt) {
    await db.update(deliveries).set({ status: "pending", nextAttemptAt: retryAt, lastError: error, claimedAt: null, claimedBy: null }).where(mine(id, workerId));
    return;
  }
  await db.transaction(async (tx) => {
    const [row] = await tx.update(deliveries).set({ status: "failed", lastError: error }).where(mine(id, workerId)).returning({ subscriberId: deliveries.subscriberId });
    // Temporary failures that never cleared count toward suppression (three suppress, docs/security.md).
    if (row) await bumpFailures(tx, row.subscriberId, "temporary");
  });
}

/** Fails a delivery for a reason that is not the subscriber's (e.g. the issue was unpublished). */
export async function failDelivery(id: number, workerId: string, error: string): Promise<void> {
  const db = await getDb();
  await db.update(deliveries).set({ status: "failed", lastError: error }).where(mine(id, workerId));
}

/** A 5xx: the delivery fails at once; the subscriber's permanent failures are counted. */
export async function markPermanentFailure(id: number, workerId: string, error: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx.update(deliveries).set({ status: "failed", lastError: error }).where(mine(id, workerId)).returning({ subscriberId: deliveries.subscriberId });
    if (row) await bumpFailures(tx, row.subscriberId, "permanent");
  });
}

/** Permanent failures after which a subscriber is `bounced` and skipped from then on. */
export const BOUNCE_AFTER_PERMANENT = 2;
export const BOUNCE_AFTER_TEMPORARY = 3;

type Tx = Parameters<Parameters<Awaited<ReturnType<typeof getDb>>["transaction"]>[0]>[0];

async function bumpFailures(tx: Tx, subscriberId: number, kind: "permanent" | "temporary") {
  const column = kind === "permanent" ? subscribers.permanentFailures : subscribers.temporaryFailures;
  const threshold = kind === "permanent" ? BOUNCE_AFTER_PERMANENT : BOUNCE_AFTER_TEMPORARY;
  await tx
    .update(subscribers)
    .set({
      [kind === "permanent" ? "permanentFailures" : "temporaryFailures"]: sql`${column} + 1`,
      status: sql`case when ${column} + 1 >= ${threshold} and ${subscribers.status} = 'confirmed' then 'bounced'::subscriber_status else ${subscribers.status} end`,
      updatedAt: sql`now()`,
    })
    .where(eq(subscribers.id, subscriberId));
}

/**
 * Claims left behind by a worker that died (older than the lease) go back to pending. They are
 * sent again with the same Message-ID and idempotency key: see lib/newsletter/worker.ts.
 */
export async function releaseStaleClaims(leaseSeconds: number): Promise<number> {
  const db = await getDb();
  const result = await db.execute(sql`
    update ${deliveries} set status = 'pending', claimed_at = null, claimed_by = null,
      last_error = 'claim expired (worker stopped); resent with the same Message-ID'
    where status = 'sending' and claimed_at < now() - make_interval(secs => ${leaseSeconds})`);
  return (result as { affectedRows?: number; rowCount?: number }).affectedRows ?? (result as { rowCount?: number }).rowCount ?? 0;
}

/** Worker ids that hold claims right now (to find those of dead processes on this host). */
export async function listClaimHolders(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.selectDistinct({ by: deliveries.claimedBy }).from(deliveries).where(eq(deliveries.status, "sending"));
  return rows.map((r) => r.by).filter((by): by is string => by !== null);
}

/** Takes over every claim of a worker known to be dead; returns how many. */
export async function releaseClaimsOf(workerId: string): Promise<number> {
  const db = await getDb();
  const rows = await db
    .update(deliveries)
    .set({ status: "pending", claimedAt: null, claimedBy: null, lastError: "worker process ended; resent with the same Message-ID" })
    .where(and(eq(deliveries.status, "sending"), eq(deliveries.claimedBy, workerId)))
    .returning({ id: deliveries.id });
  return rows.length;
}

/** Gives back claims this worker has not started sending (it is stopping). */
export async function releaseClaims(ids: number[], workerId: string): Promise<void> {
  if (ids.length === 0) return;
  const db = await getDb();
  await db
    .update(deliveries)
    .set({ status: "pending", claimedAt: null, claimedBy: null, attempts: sql`${deliveries.attempts} - 1` })
    .where(and(inArray(deliveries.id, ids), eq(deliveries.status, "sending"), eq(deliveries.claimedBy, workerId)));
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
  const [row] = await db.select({ slug: issues.slug }).from(newsletterSends).innerJoin(issues, eq(issues.id, newsletterSends.issueId)).where(eq(newsletterSends.id, sendId));
  return row?.slug ?? null;
}

export type SendProgress = { id: number; status: string; total: number; sent: number; failed: number; skipped: number; remaining: number; startedAt: Date | null; finishedAt: Date | null };

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
  return { id: send.id, status: send.status, total: send.total, sent: c.sent, failed: c.failed, skipped: c.skipped, remaining: c.open, startedAt: send.startedAt, finishedAt: send.finishedAt };
}

/** A published issue that may be sent, with the slugs of its categories (for the segment). */
export async function getSendableIssueForEditor(issueId: number) {
  const db = await getDb();
  const [issue] = await db.select({ id: issues.id, slug: issues.slug, title: issues.title, status: issues.status }).from(issues).where(eq(issues.id, issueId));
  if (!issue || issue.status !== "published") return null;
  const cats = rowsOf<{ slug: string; name: string }>(
    await db.execute(sql`select c.slug, c.name from issue_categories ic join categories c on c.id = ic.category_id where ic.issue_id = ${issueId} order by ic.position`),
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
