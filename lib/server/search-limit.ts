/**
 * The search rate limit, asked by proxy.ts before a search renders (registered on globalThis by
 * lib/server/boot.ts, like the path guard). Every query that is not already cached costs a
 * full-text search, so one client may run a limited number of searches a minute; the counters
 * live in the database, so the limit holds across instances.
 */
import { blockedUntil, hitRateLimit, type RateLimitPolicy } from "@/db/queries/rate-limits";
import { clientAddress } from "@/lib/client-address";
import { env } from "@/lib/env";
import { normalizeSearchQuery } from "@/lib/reader/search-query";

/** SEARCH_LIMIT_PER_MINUTE searches a minute per client address (default 30). */
export function searchPolicy(): RateLimitPolicy {
  return { limit: env().SEARCH_LIMIT_PER_MINUTE, windowSeconds: 60, blockSeconds: 60 };
}

/** Seconds to wait before searching again, or null when the search may run. */
export type SearchLimit = (query: string | null, headers: Headers) => Promise<number | null>;

export function createSearchLimit(policy: RateLimitPolicy = searchPolicy()): SearchLimit {
  return async (query, headers) => {
    // The empty search page is static: nothing to protect.
    if (normalizeSearchQuery(query).empty) return null;
    const hit = await hitRateLimit(`search:ip:${clientAddress(headers)}`, policy);
    if (hit.count <= policy.limit) return null;
    const wait = hit.blockedUntil ? Math.ceil((hit.blockedUntil.getTime() - Date.now()) / 1000) : policy.blockSeconds;
    return Math.max(1, Math.min(wait, policy.blockSeconds));
  };
}

/**
 * For proxy.ts: the seconds a client must still wait when its searches are blocked, without
 * counting (the search itself counts, in lib/reader/search.ts), so the proxy can answer a real
 * 429 before the page streams.
 */
export function createSearchBlockCheck(policy: RateLimitPolicy = searchPolicy()): SearchLimit {
  return async (query, headers) => {
    if (normalizeSearchQuery(query).empty) return null;
    const until = await blockedUntil([`search:ip:${clientAddress(headers)}`]);
    if (!until) return null;
    return Math.max(1, Math.min(Math.ceil((until.getTime() - Date.now()) / 1000), policy.blockSeconds));
  };
}
