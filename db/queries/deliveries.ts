/**
 * Deliveries: one row per recipient of a send, and the claims a worker takes before it sends.
 * Claims use FOR UPDATE SKIP LOCKED, so any number of workers (in any number of instances) share
 * the work without sending anything twice.
 */
import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { deliveries, newsletterSends, subscribers } from "@/db/schema";
import { rowsOf } from "./rows";

export type ClaimedDelivery = { id: number; sendId: number; issueId: number; subscriberId: number; email: string; attempts: number };

/**
 * Claims up to `limit` due deliveries of sends in progress for `workerId`. A claimed row is
 * `sending` with claimedAt/claimedBy set and its attempt counted before anything is sent.
 */
export async function claimDeliveries(workerId: string, limit: number): Promise<ClaimedDelivery[]> {
  const db = await getDb();
  const result = await db.execute<{
    id: number;
    send_id: number;
    issue_id: number;
    subscriber_id: number;
    email: string;
    attempts: number;
  }>(sql`
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
  return rowsOf<{ id: number; send_id: number; issue_id: number; subscriber_id: number; email: string; attempts: number }>(result).map(
    (r) => ({
      id: r.id,
      sendId: r.send_id,
      issueId: r.issue_id,
      subscriberId: r.subscriber_id,
      email: r.email,
      attempts: r.attempts,
    }),
  );
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

const mine = (id: number, workerId: string) =>
  and(eq(deliveries.id, id), eq(deliveries.status, "sending"), eq(deliveries.claimedBy, workerId));

export async function markDelivered(id: number, workerId: string, messageId: string): Promise<void> {
  const db = await getDb();
  await db
    .update(deliveries)
    .set({ status: "sent", sentAt: sql`now()`, messageId, lastError: null })
    .where(mine(id, workerId));
}

/** A 4xx or timeout: back to pending with a later attempt time, or failed after the last attempt. */
export async function markTemporaryFailure(id: number, workerId: string, error: string, retryAt: Date | null): Promise<void> {
  const db = await getDb();
  if (retryAt) {
    await db
      .update(deliveries)
      .set({ status: "pending", nextAttemptAt: retryAt, lastError: error, claimedAt: null, claimedBy: null })
      .where(mine(id, workerId));
    return;
  }
  // Temporary failures that never cleared count toward suppression (three suppress, docs/security.md).
  await failCountingAgainstSubscriber(id, workerId, error, "temporary");
}

/** Fails a delivery for a reason that is not the subscriber's (e.g. the issue was unpublished). */
export async function failDelivery(id: number, workerId: string, error: string): Promise<void> {
  const db = await getDb();
  await db.update(deliveries).set({ status: "failed", lastError: error }).where(mine(id, workerId));
}

/** A 5xx: the delivery fails at once; the subscriber's permanent failures are counted. */
export async function markPermanentFailure(id: number, workerId: string, error: string): Promise<void> {
  await failCountingAgainstSubscriber(id, workerId, error, "permanent");
}

/** Fails the delivery and counts one failure of `kind` against its subscriber, in one transaction. */
async function failCountingAgainstSubscriber(id: number, workerId: string, error: string, kind: "permanent" | "temporary") {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(deliveries)
      .set({ status: "failed", lastError: error })
      .where(mine(id, workerId))
      .returning({ subscriberId: deliveries.subscriberId });
    if (row) await bumpFailures(tx, row.subscriberId, kind);
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
