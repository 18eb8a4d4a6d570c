/**
 * Next's `cacheHandler` (the route cache: prerendered pages, route handlers, images) on Redis,
 * wired in next.config.ts only when REDIS_URL is set. Entries are keyed by build, so a new
 * deploy never serves pages that point at the previous build's assets; the page's cache tags
 * (Next puts them in the x-next-cache-tags header of the entry) are checked against the shared
 * tag manifest on every read, because Next's own check only knows this process's invalidations.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { entryKey, invalidateTags, isInvalidatedSince, readEntry, writeEntry } from "./redis-store.mjs";
import { createLocalCache } from "./local-cache.mjs";

const local = createLocalCache(128 * 1024 * 1024);
const THIRTY_DAYS = 30 * 24 * 3600;

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
    let stored = local.get(key);
    if (!stored || !(await this.usable(stored, ctx))) {
      const remote = await readEntry(key);
      if (!remote || (stored && remote.lastModified <= stored.lastModified) || !(await this.usable(remote, ctx))) {
        local.delete(key);
        return null;
      }
      stored = remote;
      local.set(key, stored, sizeOf(stored.value));
    }
    return { lastModified: stored.lastModified, value: stored.value, cacheControl: stored.cacheControl };
  }

  async set(cacheKey, data, ctx) {
    const key = entryKey(this.kind, cacheKey);
    if (!data) {
      local.delete(key);
      return;
    }
    const stored = { lastModified: Date.now(), value: data, cacheControl: ctx?.cacheControl, tags: tagsOf(data, ctx) };
    local.set(key, stored, sizeOf(data));
    const expire = ctx?.cacheControl?.expire;
    await writeEntry(key, stored, typeof expire === "number" && Number.isFinite(expire) && expire > 0 ? expire : THIRTY_DAYS);
  }

  async revalidateTag(tags, durations) {
    await invalidateTags(typeof tags === "string" ? [tags] : tags, durations);
  }

  resetRequestCache() {}
}
