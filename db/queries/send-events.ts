/**
 * Opens and clicks of a send, and the report built from them. Every hit is one upsert on the
 * primary key (send, subscriber, kind, link): O(1), and the row count per recipient is bounded
 * by the links of the mail. Uniques are counted in SQL from those rows.
 */
import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { newsletterSends, sendEvents, sendLinks } from "@/db/schema";
import type { SendDay, SendLinkStat, SendReport } from "@/model/send-stats";

function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

/** Hits beyond this are not counted: the column cannot overflow, whatever a client does. */
const MAX_HITS = 1_000_000;

/**
 * Records one open (link -1) or click. Only a recipient of the send is counted (the delivery row
 * is looked up on its unique index), so an erased subscriber or a stale send writes nothing.
 */
export async function recordSendEvent(input: {
  sendId: number;
  subscriberId: number;
  kind: "open" | "click";
  link?: number;
}): Promise<void> {
  const db = await getDb();
  const link = input.kind === "open" ? -1 : (input.link ?? 0);
  await db.execute(sql`
    insert into ${sendEvents} (send_id, subscriber_id, kind, link)
    select d.send_id, d.subscriber_id, ${input.kind}::send_event_kind, ${link}
    from deliveries d where d.send_id = ${input.sendId} and d.subscriber_id = ${input.subscriberId}
    on conflict (send_id, subscriber_id, kind, link) do update
      set hits = least(${sendEvents.hits} + 1, ${MAX_HITS}), last_at = now()`);
}

/** Keeps the link list of a send's mail (the same for every recipient); repeats change nothing. */
export async function saveSendLinks(sendId: number, urls: string[]): Promise<void> {
  if (urls.length === 0) return;
  const db = await getDb();
  await db
    .insert(sendLinks)
    .values(urls.map((url, link) => ({ sendId, link, url })))
    .onConflictDoNothing();
}

/** The last open of each of these subscribers (for the subscribers page), by id. */
export async function lastOpenedForEditor(subscriberIds: number[]): Promise<Map<number, Date>> {
  if (subscriberIds.length === 0) return new Map();
  const db = await getDb();
  const rows = await db
    .select({ id: sendEvents.subscriberId, at: sql<Date>`max(${sendEvents.lastAt})`.mapWith((v) => new Date(v)) })
    .from(sendEvents)
    .where(and(eq(sendEvents.kind, "open"), inArray(sendEvents.subscriberId, subscriberIds)))
    .groupBy(sendEvents.subscriberId);
  return new Map(rows.map((r) => [r.id, r.at]));
}

/** Days after the start that the report's chart shows. */
export const REPORT_DAYS = 7;

/** Everything the report page of an issue's send shows, or null when the issue was not sent. */
export async function getSendReportForEditor(issueId: number): Promise<SendReport | null> {
  const db = await getDb();
  const [send] = await db.select().from(newsletterSends).where(eq(newsletterSends.issueId, issueId));
  if (!send) return null;
  const [counts] = rowsOf<{
    title: string;
    total: number;
    delivered: number;
    failed: number;
    skipped: number;
    opened: number;
    clicked: number;
    unsubscribed: number;
  }>(
    await db.execute(sql`
      select (select title from issues where id = ${issueId}) as title,
        (select count(*)::int from deliveries where send_id = ${send.id}) as total,
        (select count(*) filter (where status = 'sent')::int from deliveries where send_id = ${send.id}) as delivered,
        (select count(*) filter (where status = 'failed')::int from deliveries where send_id = ${send.id}) as failed,
        (select count(*) filter (where status = 'skipped')::int from deliveries where send_id = ${send.id}) as skipped,
        (select count(*)::int from send_events where send_id = ${send.id} and kind = 'open') as opened,
        (select count(distinct subscriber_id)::int from send_events where send_id = ${send.id} and kind = 'click') as clicked,
        (select count(*)::int from deliveries d join subscribers s on s.id = d.subscriber_id
          where d.send_id = ${send.id} and d.status = 'sent' and s.status = 'unsubscribed'
            and s.unsubscribed_at >= coalesce(d.sent_at, ${send.startedAt ?? send.createdAt})) as unsubscribed`),
  );
  // Each recipient counts once per day series: on the day of their first open, and of their first click.
  const days = rowsOf<{ day: number; opens: number; clicks: number }>(
    await db.execute(sql`
      with firsts as (
        select kind, min(first_at) as at from send_events where send_id = ${send.id} group by subscriber_id, kind
      ), numbered as (
        select kind, floor(extract(epoch from (at - ${send.startedAt ?? send.createdAt}::timestamptz)) / 86400)::int as day from firsts
      )
      select g.day, count(n.kind) filter (where n.kind = 'open')::int as opens, count(n.kind) filter (where n.kind = 'click')::int as clicks
      from generate_series(0, ${REPORT_DAYS - 1}) as g(day) left join numbered n on n.day = g.day
      group by g.day order by g.day`),
  );
  const links = rowsOf<{ link: number; url: string; clicks: number; hits: number }>(
    await db.execute(sql`
      select l.link, l.url, count(e.subscriber_id)::int as clicks, coalesce(sum(e.hits), 0)::int as hits
      from send_links l left join send_events e on e.send_id = l.send_id and e.kind = 'click' and e.link = l.link
      where l.send_id = ${send.id} group by l.link, l.url order by clicks desc, l.link limit 100`),
  );
  return {
    sendId: send.id,
    issueId,
    title: counts.title,
    startedAt: send.startedAt,
    finishedAt: send.finishedAt,
    total: counts.total,
    delivered: counts.delivered,
    bounced: counts.failed,
    skipped: counts.skipped,
    opened: counts.opened,
    clicked: counts.clicked,
    unsubscribed: counts.unsubscribed,
    days: days.map((d): SendDay => ({ day: `Day ${d.day + 1}`, opens: d.opens, clicks: d.clicks })),
    links: links as SendLinkStat[],
  };
}
