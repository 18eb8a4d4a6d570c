/**
 * The store behind Next's caches (see use-cache-handler.mjs and isr-cache-handler.mjs), which
 * are always ours, so that nothing the app renders is kept in `.next/` (a cache there outlives
 * the database it was rendered from: a restored or swapped DATA_DIR showed issues that no longer
 * existed).
 *
 * - Without REDIS_URL: entries live only in this process (the handlers' in-process LRU) and the
 *   tag manifest is a Map here; a restart starts empty, so pages always come from the database
 *   this process opened.
 * - With REDIS_URL: one Redis client per process and the tag manifest, a hash of tag → the time
 *   (ms) it was invalidated. Every instance writes invalidations there and checks entries
 *   against it, so a tag invalidated on one instance is invalid on all.
 *
 * Every key carries the cache namespace (cache-namespace.mjs): the database's identity and the
 * SITE_URL this process serves, so two databases or two addresses never share an entry.
 *
 * Plain ESM JavaScript: `next start` imports cache handlers at run time by path, untranspiled.
 * Redis holds only cache: when it is down, reads are misses and the page renders from the
 * database (slower, never wrong); a failed invalidation is logged.
 */
import { createClient, RESP_TYPES } from "redis";
import { deserialize, serialize } from "node:v8";
import { cacheNamespace } from "./cache-namespace.mjs";

const prefix = process.env.REDIS_KEY_PREFIX || "dispatch:";
export const TAGS_KEY = `${prefix}tags`;

/**
 * The clock of the caches, in ms since the epoch. Not Date.now(): under cacheComponents Next
 * treats reading the clock during a render or a route's revalidation as dynamic I/O (a route
 * handler such as /sitemap.xml then fails with "used Date.now()"), and reserves `performance`
 * for measuring, which is what this is.
 */
export function cacheClock() {
  return performance.timeOrigin + performance.now();
}

/** True when Redis holds the caches; read at run time, so one build serves both setups. */
export function sharedStore() {
  return Boolean(process.env.REDIS_URL);
}

/** Namespaced key for one cache entry, or undefined while the namespace is not known yet. */
export function entryKey(kind, key) {
  const namespace = cacheNamespace();
  return namespace ? `${prefix}${namespace}:${kind}:${key}` : undefined;
}

const state = (globalThis.__dispatchRedisCache ??= { client: undefined, firstConnect: undefined, lastError: 0, localTags: new Map() });

function report(what, err) {
  // One line per 10 s at most: a Redis outage must not flood the log with one line per request.
  const now = cacheClock();
  if (now - state.lastError < 10_000) return;
  state.lastError = now;
  console.error(JSON.stringify({ level: "error", msg: `redis cache: ${what}`, err: err?.message ?? String(err) }));
}

/**
 * The connected client, or undefined while Redis is unreachable. One client per process; it
 * reconnects by itself in the background, and nobody waits for it longer than the first 2 s.
 */
export async function redis() {
  if (!sharedStore()) return undefined;
  if (!state.client) {
    const client = createClient({
      url: process.env.REDIS_URL,
      socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 + retries * 100, 2_000) },
      // Fail fast while disconnected instead of queueing every request behind the reconnect.
      disableOfflineQueue: true,
    });
    client.on("error", (err) => report("connection", err));
    state.client = client;
    state.firstConnect = Promise.race([client.connect().catch((err) => report("connect", err)), new Promise((r) => setTimeout(r, 2_000))]);
  }
  await state.firstConnect;
  return state.client.isReady ? state.client : undefined;
}

/** Bytes in, bytes out: RESP strings decoded as Buffers for serialized entries. */
async function binary() {
  const client = await redis();
  return client?.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
}

/** Reads an entry stored with writeEntry, or undefined. */
export async function readEntry(key) {
  try {
    const client = await binary();
    const raw = client ? await client.get(key) : null;
    return raw ? deserialize(raw) : undefined;
  } catch (err) {
    report("read", err);
    return undefined;
  }
}

/** Stores a value (any structured-clonable data: Buffers and Maps survive) for ttlSeconds. */
export async function writeEntry(key, value, ttlSeconds) {
  try {
    const client = await redis();
    if (!client) return;
    const ttl = Math.max(1, Math.min(Math.ceil(ttlSeconds), 30 * 24 * 3600));
    await client.set(key, serialize(value), { expiration: { type: "EX", value: ttl } });
  } catch (err) {
    report("write", err);
  }
}

/**
 * The latest invalidation time (ms) among the given tags, 0 when none was ever invalidated.
 * Unreachable Redis: Infinity, so every entry counts as expired and pages render fresh.
 */
export async function latestInvalidation(tags) {
  if (tags.length === 0) return 0;
  if (!sharedStore()) return Math.max(0, ...tags.map((t) => state.localTags.get(t) ?? 0));
  try {
    const client = await redis();
    if (!client) return Infinity;
    const values = await client.hmGet(TAGS_KEY, tags);
    return Math.max(0, ...values.map((v) => (v ? Number(v) : 0)));
  } catch (err) {
    report("tags", err);
    return Infinity;
  }
}

/**
 * True when one of the tags was invalidated after `since` and the invalidation has taken effect;
 * also while Redis is unreachable (an invalidation may be missed then: render afresh).
 */
export async function isInvalidatedSince(tags, since) {
  const at = await latestInvalidation(tags);
  return at === Infinity || (at > since && at <= cacheClock());
}

const instanceId = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Claims the right to render `key` for `ms` (true), unless another process already has it
 * (false). This process's own claim counts as won: Next joins its concurrent requests itself.
 */
export async function claimRender(key, ms) {
  try {
    const client = await redis();
    if (!client) return true;
    const lock = `${key}:rendering`;
    if ((await client.set(lock, instanceId, { condition: "NX", expiration: { type: "PX", value: ms } })) === "OK") return true;
    return (await client.get(lock)) === instanceId;
  } catch (err) {
    report("claim", err);
    return true;
  }
}

/** Ends a claim made with claimRender (the entry is stored). */
export async function releaseRender(key) {
  try {
    const client = await redis();
    await client?.del(`${key}:rendering`);
  } catch (err) {
    report("release", err);
  }
}

/** Marks tags invalid from now (plus `expire` seconds, when given) on every instance. */
export async function invalidateTags(tags, durations) {
  if (tags.length === 0) return;
  const at = cacheClock() + (durations?.expire ?? 0) * 1000;
  if (!sharedStore()) {
    for (const tag of tags) state.localTags.set(tag, at);
    return;
  }
  try {
    const client = await redis();
    if (!client) throw new Error("not connected");
    await client.hSet(TAGS_KEY, Object.fromEntries(tags.map((t) => [t, String(at)])));
  } catch (err) {
    // Not rate-limited: a lost invalidation means stale pages on other instances.
    console.error(JSON.stringify({ level: "error", msg: "redis cache: tag invalidation failed", tags, err: err?.message ?? String(err) }));
  }
}
