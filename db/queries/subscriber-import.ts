/**
 * SQL of the subscriber import: look-ups for the preview, batched inserts that never touch an
 * existing address, and the import log. An import runs in one transaction (see
 * lib/import/subscribers.ts), so a failure anywhere leaves nothing behind.
 */
import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { subscriberImports, subscribers } from "@/db/schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type ImportTx = Db | Tx;

export type ImportRow = { email: string; status: "pending" | "confirmed" | "unsubscribed" | "bounced"; consentAt: Date | null };

function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

/** Which of these (normalised) addresses are already on the list, in any status. */
export async function existingEmailsForImport(emails: string[], tx?: ImportTx): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const db = tx ?? (await getDb());
  const result = await db.execute<{ email: string }>(sql`
    select lower(email) as email from ${subscribers}
    where lower(email) in (select jsonb_array_elements_text(${JSON.stringify(emails)}::jsonb))`);
  return new Set(rowsOf<{ email: string }>(result).map((r) => r.email));
}

/** Busy when another import holds the lock: imports take turns (one transaction each). */
export class ImportBusyError extends Error {
  constructor() {
    super("Another subscriber import is running; try again when it has finished.");
  }
}

const IMPORT_LOCK = 716_201_601;

/** Runs `fn` in one transaction holding the import lock (a transaction-scoped advisory lock). */
export async function inImportTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [lock] = rowsOf<{ ok: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(${IMPORT_LOCK}) as ok`));
    if (!lock?.ok) throw new ImportBusyError();
    return fn(tx);
  });
}

export async function createSubscriberImport(
  tx: Tx,
  row: { source: string; fileName: string; fileSha256: string; createdBy: number | null },
): Promise<number> {
  const [inserted] = await tx
    .insert(subscriberImports)
    .values({ ...row, counts: {} })
    .returning({ id: subscriberImports.id });
  return inserted.id;
}

/** Records the final counts; an import that added nothing leaves no log row (a re-import changes nothing). */
export async function finishSubscriberImport(
  tx: Tx,
  id: number,
  counts: Record<string, number>,
  added: number,
  fileSha256: string,
): Promise<number | null> {
  if (added === 0) {
    await tx.delete(subscriberImports).where(eq(subscriberImports.id, id));
    return null;
  }
  await tx.update(subscriberImports).set({ counts, fileSha256 }).where(eq(subscriberImports.id, id));
  return id;
}

/**
 * Inserts the batch's addresses that are not on the list yet, with the consent the source
 * recorded (source and date); an address already there is left exactly as it is, so a
 * suppressed one is never reactivated. Returns the addresses inserted.
 */
export async function insertImportedSubscribers(tx: Tx, importId: number, source: string, rows: ImportRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const payload = JSON.stringify(rows.map((r) => ({ email: r.email, status: r.status, consent_at: r.consentAt?.toISOString() ?? null })));
  const consentSource = `import:${source}`;
  const result = await tx.execute<{ email: string }>(sql`
    insert into ${subscribers} (email, status, consent_text, consent_at, consent_source, confirmed_at, unsubscribed_at, import_id)
    select r.email, r.status::subscriber_status,
           case when r.consent_at is not null then ${`Opt-in recorded by ${source} (imported)`} end,
           r.consent_at, ${consentSource},
           case when r.status = 'confirmed' then r.consent_at end,
           case when r.status = 'unsubscribed' then now() end,
           ${importId}
    from jsonb_to_recordset(${payload}::jsonb) as r(email text, status text, consent_at timestamptz)
    on conflict (lower(email)) do nothing
    returning email`);
  return new Set(rowsOf<{ email: string }>(result).map((r) => r.email));
}

/** Imported addresses still waiting for a confirmation mail (no token yet), oldest first. */
export async function listImportedPendingWithoutToken(limit: number): Promise<Array<{ id: number; email: string }>> {
  const db = await getDb();
  return db
    .select({ id: subscribers.id, email: subscribers.email })
    .from(subscribers)
    .where(and(eq(subscribers.status, "pending"), isNull(subscribers.tokenHash), sql`${subscribers.importId} is not null`))
    .orderBy(subscribers.id)
    .limit(limit);
}

export async function countImportedPendingWithoutToken(): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(subscribers)
    .where(and(eq(subscribers.status, "pending"), isNull(subscribers.tokenHash), sql`${subscribers.importId} is not null`));
  return row.n;
}

/** Gives a pending imported address its confirmation token; false when it was taken meanwhile. */
export async function setImportedConfirmToken(id: number, tokenHash: string, expiresAt: Date): Promise<boolean> {
  const db = await getDb();
  const updated = await db
    .update(subscribers)
    .set({ tokenHash, tokenExpiresAt: expiresAt, updatedAt: sql`now()` })
    .where(and(eq(subscribers.id, id), eq(subscribers.status, "pending"), isNull(subscribers.tokenHash)))
    .returning({ id: subscribers.id });
  return updated.length === 1;
}
