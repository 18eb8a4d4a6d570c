/** The outbox: every message written while no SMTP server is configured (demo and development). */
import "server-only";
import { and, desc, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { emailOutbox } from "@/db/schema";

export type OutboxInsert = typeof emailOutbox.$inferInsert;

export async function insertOutboxMessage(message: OutboxInsert): Promise<number> {
  const db = await getDb();
  const [row] = await db.insert(emailOutbox).values(message).returning({ id: emailOutbox.id });
  return row.id;
}

/**
 * Account mail (password resets, invitations) carries a link that sets someone's password: only
 * owners see it; for everyone else it is not in the outbox at all.
 */
const visible = (withAccountMail: boolean) => (withAccountMail ? undefined : ne(emailOutbox.kind, "account"));

/** Newest first, for /editor/outbox. */
export async function listOutboxForEditor(limit = 50, withAccountMail = false) {
  const db = await getDb();
  return db.select().from(emailOutbox).where(visible(withAccountMail)).orderBy(desc(emailOutbox.id)).limit(limit);
}

export async function getOutboxMessageForEditor(id: number, withAccountMail = false) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.id, id), visible(withAccountMail)));
  return row ?? null;
}

export async function countOutboxForEditor(withAccountMail = false): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(emailOutbox)
    .where(visible(withAccountMail));
  return row.n;
}
