/**
 * Fixed-window counters kept in the database (table rate_limits), so limits hold across restarts
 * and instances. One atomic upsert per hit; no read-modify-write race.
 */
import "server-only";
import { and, gt, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { rateLimits } from "@/db/schema";

export type RateLimitPolicy = { limit: number; windowSeconds: number; blockSeconds: number };

/** The latest `blockedUntil` among the keys that are blocked right now, or null. */
export async function blockedUntil(keys: string[]): Promise<Date | null> {
  const db = await getDb();
  const [row] = await db
    .select({ until: sql<Date | null>`max(${rateLimits.blockedUntil})` })
    .from(rateLimits)
    .where(and(inArray(rateLimits.key, keys), gt(rateLimits.blockedUntil, sql`now()`)));
  return row?.until ? new Date(row.until) : null;
}

/**
 * In one query, for several keys: the latest block still in force among them, and each key's
 * count inside a window of `windowSeconds` (0 once its window is over).
 */
export async function rateLimitState(
  keys: string[],
  windowSeconds: number,
): Promise<{ blockedUntil: Date | null; counts: Map<string, number> }> {
  const db = await getDb();
  const window = sql.raw(`interval '${Math.floor(windowSeconds)} seconds'`);
  const rows = await db
    .select({
      key: rateLimits.key,
      count: sql<number>`case when ${rateLimits.windowStartedAt} < now() - ${window} then 0 else ${rateLimits.count} end`,
      blockedUntil: sql<Date | null>`case when ${rateLimits.blockedUntil} > now() then ${rateLimits.blockedUntil} end`,
    })
    .from(rateLimits)
    .where(inArray(rateLimits.key, keys));
  const blocks = rows.map((r) => (r.blockedUntil ? new Date(r.blockedUntil).getTime() : 0)).filter((t) => t > 0);
  return { blockedUntil: blocks.length ? new Date(Math.max(...blocks)) : null, counts: new Map(rows.map((r) => [r.key, Number(r.count)])) };
}

/**
 * Counts one event against `key`. When the count inside the window reaches the limit, the key is
 * blocked for `blockSeconds`. Returns the count and the block (if any).
 */
export async function hitRateLimit(key: string, policy: RateLimitPolicy): Promise<{ count: number; blockedUntil: Date | null }> {
  const db = await getDb();
  const window = sql.raw(`interval '${Math.floor(policy.windowSeconds)} seconds'`);
  const block = sql.raw(`interval '${Math.floor(policy.blockSeconds)} seconds'`);
  const expired = sql`${rateLimits.windowStartedAt} < now() - ${window}`;
  const nextCount = sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`;
  const [row] = await db
    .insert(rateLimits)
    .values({
      key,
      count: 1,
      windowStartedAt: sql`now()`,
      blockedUntil: policy.limit <= 1 ? sql`now() + ${block}` : null,
    })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: nextCount,
        windowStartedAt: sql`case when ${expired} then now() else ${rateLimits.windowStartedAt} end`,
        blockedUntil: sql`case when ${nextCount} >= ${policy.limit} then now() + ${block} else ${rateLimits.blockedUntil} end`,
      },
    })
    .returning({ count: rateLimits.count, blockedUntil: rateLimits.blockedUntil });
  return { count: row.count, blockedUntil: row.blockedUntil };
}

export async function clearRateLimit(...keys: string[]): Promise<void> {
  const db = await getDb();
  await db.delete(rateLimits).where(inArray(rateLimits.key, keys));
}

/** Deletes every counter whose key starts with `prefix` (which must not contain % or _). */
export async function clearRateLimitsByPrefix(prefix: string): Promise<void> {
  if (/[%_\\]/.test(prefix)) throw new Error("rate-limit prefix with a LIKE wildcard");
  const db = await getDb();
  await db.delete(rateLimits).where(sql`${rateLimits.key} like ${`${prefix}%`}`);
}

/**
 * Forgets counters whose window and block are both over (a day of grace keeps lockout history
 * visible): without it every searching address would stay a row forever.
 */
export async function pruneRateLimits(): Promise<number> {
  const db = await getDb();
  const gone = await db
    .delete(rateLimits)
    .where(
      and(
        sql`${rateLimits.windowStartedAt} < now() - interval '1 day'`,
        sql`(${rateLimits.blockedUntil} is null or ${rateLimits.blockedUntil} < now())`,
      ),
    )
    .returning({ key: rateLimits.key });
  return gone.length;
}
