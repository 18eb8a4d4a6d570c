/** Counts for the editor's dashboard. */
import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { issues, subscribers } from "@/db/schema";

export async function countSubscribersForEditor(): Promise<{ confirmed: number; pending: number }> {
  const db = await getDb();
  const [row] = await db
    .select({
      confirmed: sql<number>`count(*) filter (where ${subscribers.status} = 'confirmed')::int`,
      pending: sql<number>`count(*) filter (where ${subscribers.status} = 'pending')::int`,
    })
    .from(subscribers);
  return row ?? { confirmed: 0, pending: 0 };
}

export async function listScheduledForEditor(limit = 5) {
  const db = await getDb();
  return db
    .select({ id: issues.id, title: issues.title, scheduledFor: issues.scheduledFor })
    .from(issues)
    .where(eq(issues.status, "scheduled"))
    .orderBy(asc(issues.scheduledFor))
    .limit(limit);
}
