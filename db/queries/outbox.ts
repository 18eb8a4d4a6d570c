/** The outbox: every message written while no SMTP server is configured (demo and development). */
import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { emailOutbox } from "@/db/schema";

export type OutboxInsert = typeof emailOutbox.$inferInsert;

export async function insertOutboxMessage(message: OutboxInsert): Promise<number> {
  const db = await getDb();
  const [row] = await db.insert(emailOutbox).values(message).returning({ id: emailOutbox.id });
  return row.id;
}

/** Newest first, for /editor/outbox. */
export async function listOutboxForEditor(limit = 50) {
  const db = await getDb();
  return db.select().from(emailOutbox).orderBy(desc(emailOutbox.id)).limit(limit);
}

export async function getOutboxMessageForEditor(id: number) {
  const db = await getDb();
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return row ?? null;
}

export async function countOutboxForEditor(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox);
  return row.n;
}
