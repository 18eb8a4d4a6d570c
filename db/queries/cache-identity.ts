/**
 * The identity of the database this process serves, for the cache namespace
 * (lib/cache/cache-namespace.mjs): a random epoch stored in the database (new for every new
 * database, redrawn by an import) plus the catalogue's object id of the issues table, which
 * changes when a dump is restored with `pg_restore --clean` (the table is dropped and created
 * again), although the restored epoch is the old one.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { getDb } from "@/db";
import { siteState } from "@/db/schema";

export async function getDatabaseIdentity(given?: Db): Promise<string> {
  const db = given ?? (await getDb());
  await db.insert(siteState).values({ id: 1, cacheEpoch: randomUUID() }).onConflictDoNothing({ target: siteState.id });
  const result = await db.execute<{ epoch: string; relation: string }>(
    sql`select cache_epoch as epoch, 'issues'::regclass::oid::text as relation from site_state where id = 1`,
  );
  const row = result.rows[0];
  return `${row.epoch}.${row.relation}`;
}

/** Draws a new epoch: every cache entry rendered before no longer matches (after an import). */
export async function renewCacheEpoch(db: Db): Promise<void> {
  await db
    .insert(siteState)
    .values({ id: 1, cacheEpoch: randomUUID() })
    .onConflictDoUpdate({ target: siteState.id, set: { cacheEpoch: randomUUID() } });
}
