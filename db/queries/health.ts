import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";

/** Round-trips one trivial query; throws when the database does not answer. */
export async function pingDatabase(): Promise<void> {
  const db = await getDb();
  await db.execute(sql`select 1`);
}
