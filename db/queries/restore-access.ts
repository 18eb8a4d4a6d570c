/** After a restore without password hashes: who must be given a password to get in. */
import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";

export async function loginsToReopenAfterRestore(): Promise<{ owners: string[]; others: number }> {
  const db = await getDb();
  const owners = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.role, "owner"), isNull(users.disabledAt)))
    .orderBy(asc(users.id));
  const [rest] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(sql`${users.role} <> 'owner' or ${users.disabledAt} is not null`);
  return { owners: owners.map((o) => o.email), others: rest?.n ?? 0 };
}
