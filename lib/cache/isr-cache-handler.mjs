/**
 * Next's `cacheHandler` (the route cache: rendered pages, route handlers, images), always wired
 * in next.config.ts: an in-process LRU, and with REDIS_URL Redis behind it. Nothing is written to
 * `.next/`, and what the build prerendered is never served: pages render on their first request
 * from the database this process serves (see redis-store.mjs). Entries are keyed by build, so a new
 * deploy never serves pages that point at the previous build's assets; the page's cache tags
 * (Next puts them in the x-next-cache-tags header of the entry) are checked against the shared
 * tag manifest on every read, because Next's own check only knows this process's invalidations.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  cacheClock,
  claimRender,
  entryKey,
  invalidateTags,
  isInvalidatedSince,
  readEntry,
  releaseRender,
  writeEntry,
} from "./redis-store.mjs";
import { createLocalCache } from "./local-cache.mjs";

const local = createLocalCache(128 * 1024 * 1024);
const THIRTY_DAYS = 30 * 24 * 3600;
/** A miss is rendered by one instance: the others wait this long for its entry, then render too. */
const CLAIM_MS = 2_000;
const WAIT_MS = 1_000;

function tagsOf(value, ctx) {
  const header = value?.headers?.["x-next-cache-tags"];
  const fromHeader = typeof header === "string" ? header.split(",").filter(Boolean) : [];
  return [...new Set([...fromHeader, ...(value?.tags ?? []), ...(ctx?.tags ?? [])])];
}

function sizeOf(value) {
  if (!value) return 0;
  let size = (value.html?.length ?? 0) + (value.rscData?.length ?? 0) + (value.body?.length ?? 0) + (value.buffer?.length ?? 0);
  for (const segment of value.segmentData?.values() ?? []) size += segment.length;
  return size + 1024;
}

export default class RedisIsrCacheHandler {
  constructor(ctx) {
    let buildId = "dev";
    try {
      buildId = readFileSync(path.join(ctx.serverDistDir ?? ".next/server", "..", "BUILD_ID"), "utf8").trim();
    } catch {
      // next dev and the build itself have no BUILD_ID yet.
    }
    this.kind = `isr:${buildId}`;
  }

  async usable(stored, ctx) {
    return !(await isInvalidatedSince([...stored.tags, ...(ctx?.softTags ?? [])], stored.lastModified));
  }

  async get(cacheKey, ctx) {
    const key = entryKey(this.kind, cacheKey);
    if (!key) return null;
    const stored = local.get(key);
    if (stored && (await this.usable(stored, ctx))) return this.answer(stored);
    // Another instance may hold a newer entry than this process.
    const newer = async () => {
      const remote = await readEntry(key);
      return remote && (!stored || remote.lastModified > stored.lastModified) && (await this.usable(remote, ctx)) ? remote : undefined;
    };
    let fresh = await newer();
    // A miss right after a publish happens on every instance at once: one renders the page, the
    // others take its entry from Redis instead of rendering the same page on the same cores.
    if (!fresh && !(await claimRender(key, CLAIM_MS))) {
      for (const until = cacheClock() + WAIT_MS; !fresh && cacheClock() < until;) {
        await new Promise((r) => setTimeout(r, 30));
        fresh = await newer();
      }
    }
    if (!fresh) {
      local.delete(key);
      return null;
    }
    local.set(key, fresh, sizeOf(fresh.value));
    return this.answer(fresh);
  }

  answer(stored) {
    return { lastModified: stored.lastModified, value: stored.value, cacheControl: stored.cacheControl };
  }

  async set(cacheKey, data, ctx) {
    const key = entryKey(this.kind, cacheKey);
    if (!key) return;
    if (!data) {
      local.delete(key);
      return;
    }
    const stored = { lastModified: cacheClock(), value: data, cacheControl: ctx?.cacheControl, tags: tagsOf(data, ctx) };
    local.set(key, stored, sizeOf(data));
    const expire = ctx?.cacheControl?.expire;
    await writeEntry(key, stored, typeof expire === "number" && Number.isFinite(expire) && expire > 0 ? expire : THIRTY_DAYS);
    await releaseRender(key);
  }

  async revalidateTag(tags, durations) {
    await invalidateTags(typeof tags === "string" ? [tags] : tags, durations);
  }

  resetRequestCache() {}
}
