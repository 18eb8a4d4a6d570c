/** Subscribers: signup, double opt-in, unsubscribe, preferences, and the editor's list. */
import "server-only";
import { and, desc, eq, ilike, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { emailOutbox, rateLimits, subscribers, type Subscriber } from "@/db/schema";
import { pagesById, rowsOf } from "./rows";

export type SignupInput = {
  email: string;
  interests: string[];
  consentText: string;
  consentIp: string | null;
  consentSource: string;
  tokenHash: string;
  tokenExpiresAt: Date;
};

/**
 * Records a signup. New, pending and unsubscribed addresses become pending with a fresh token
 * (the caller mails it); a confirmed or bounced address is left as it is. The caller answers the
 * same either way, so the reply never tells whether an address was on the list.
 */
export async function recordSignup(input: SignupInput): Promise<{ subscriberId: number; sendConfirmation: boolean }> {
  const db = await getDb();
  // The unique index is on lower(email), an expression drizzle's onConflict cannot name: plain SQL.
  // Only rows that are not (or no longer) on the list get a new token and consent record.
  const result = await db.execute<{ id: number }>(sql`
    insert into ${subscribers} (email, status, interests, consent_text, consent_at, consent_ip, consent_source, token_hash, token_expires_at)
    values (${input.email}, 'pending', ${JSON.stringify(input.interests)}::jsonb, ${input.consentText}, now(), ${input.consentIp},
            ${input.consentSource}, ${input.tokenHash}, ${input.tokenExpiresAt.toISOString()}::timestamptz)
    on conflict (lower(email)) do update set
      status = 'pending', interests = excluded.interests, consent_text = excluded.consent_text, consent_at = now(),
      consent_ip = excluded.consent_ip, consent_source = excluded.consent_source, token_hash = excluded.token_hash,
      token_expires_at = excluded.token_expires_at, updated_at = now()
    where ${subscribers}.status in ('pending', 'unsubscribed')
    returning id`);
  const row = rowsOf<{ id: number }>(result)[0];
  if (row) return { subscriberId: row.id, sendConfirmation: true };
  const [existing] = await db
    .select({ id: subscribers.id })
    .from(subscribers)
    .where(sql`lower(${subscribers.email}) = ${input.email}`);
  return { subscriberId: existing?.id ?? 0, sendConfirmation: false };
}

/** node-postgres returns `{ rows }`, PGlite too; both through drizzle's execute. */

export type ConfirmOutcome = { result: "confirmed"; subscriber: Subscriber } | { result: "already" | "expired" | "invalid" };

/** Confirms the pending subscriber holding this token hash: atomic, single use, expiring. */
export async function confirmSubscription(tokenHash: string): Promise<ConfirmOutcome> {
  const db = await getDb();
  const [confirmed] = await db
    .update(subscribers)
    .set({
      status: "confirmed",
      confirmedAt: sql`now()`,
      unsubscribedAt: null,
      permanentFailures: 0,
      temporaryFailures: 0,
      updatedAt: sql`now()`,
    })
    .where(and(eq(subscribers.tokenHash, tokenHash), eq(subscribers.status, "pending"), sql`${subscribers.tokenExpiresAt} > now()`))
    .returning();
  if (confirmed) return { result: "confirmed", subscriber: confirmed };
  const [row] = await db.select({ status: subscribers.status }).from(subscribers).where(eq(subscribers.tokenHash, tokenHash));
  if (!row) return { result: "invalid" };
  if (row.status === "pending") return { result: "expired" };
  if (row.status === "confirmed") return { result: "already" };
  return { result: "invalid" };
}

export async function getSubscriberById(id: number): Promise<Subscriber | null> {
  const db = await getDb();
  const [row] = await db.select().from(subscribers).where(eq(subscribers.id, id));
  return row ?? null;
}

/** Idempotent: a second call changes nothing and still succeeds. */
export async function unsubscribe(id: number): Promise<boolean> {
  const db = await getDb();
  await db
    .update(subscribers)
    .set({
      status: "unsubscribed",
      unsubscribedAt: sql`coalesce(${subscribers.unsubscribedAt}, now())`,
      tokenHash: null,
      updatedAt: sql`now()`,
    })
    .where(and(eq(subscribers.id, id), sql`${subscribers.status} in ('pending', 'confirmed')`));
  const row = await getSubscriberById(id);
  return row !== null;
}

export async function updateInterests(id: number, interests: string[]): Promise<void> {
  const db = await getDb();
  await db
    .update(subscribers)
    .set({ interests, updatedAt: sql`now()` })
    .where(eq(subscribers.id, id));
}

export type SubscriberStatus = Subscriber["status"];

function listFilter(options: { q?: string; status?: SubscriberStatus }): SQL | undefined {
  const parts: SQL[] = [];
  if (options.q) parts.push(ilike(subscribers.email, `%${options.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (options.status) parts.push(eq(subscribers.status, options.status));
  return parts.length ? and(...parts) : undefined;
}

/** One page of subscribers for the editor, newest first. */
export async function listSubscribersForEditor(options: { q?: string; status?: SubscriberStatus; limit: number; offset: number }) {
  const db = await getDb();
  return db.select().from(subscribers).where(listFilter(options)).orderBy(desc(subscribers.id)).limit(options.limit).offset(options.offset);
}

export async function countSubscribersForEditor(options: { q?: string; status?: SubscriberStatus }): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(subscribers)
    .where(listFilter(options));
  return row.n;
}

export async function countSubscribersByStatusForEditor(): Promise<Record<SubscriberStatus, number>> {
  const db = await getDb();
  const rows = await db
    .select({ status: subscribers.status, n: sql<number>`count(*)::int` })
    .from(subscribers)
    .groupBy(subscribers.status);
  const counts = { pending: 0, confirmed: 0, unsubscribed: 0, bounced: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

/** Streams every subscriber (for the CSV export) in id order, a page at a time. */
export async function* iterateSubscribersForEditor(pageSize = 1_000): AsyncGenerator<Subscriber[]> {
  const db = await getDb();
  yield* pagesById((after) =>
    db
      .select()
      .from(subscribers)
      .where(sql`${subscribers.id} > ${after}`)
      .orderBy(subscribers.id)
      .limit(pageSize),
  );
}

/** Erasure: the subscriber, their deliveries (cascade), their outbox mail and rate-limit counters. */
export async function eraseSubscriber(id: number, emailKey: string): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(subscribers).where(eq(subscribers.id, id)).returning({ email: subscribers.email });
    if (!row) return false;
    await tx.delete(emailOutbox).where(eq(emailOutbox.to, row.email));
    await tx.delete(rateLimits).where(eq(rateLimits.key, `signup:email:${emailKey}`));
    return true;
  });
}
