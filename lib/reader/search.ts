/**
 * The reader's search, with its limits where the data is read: the query is normalised and
 * capped (length and number of words) and the client's per-minute count is taken here, not only
 * in proxy.ts. Deliberately not a "use cache" function: those are server references anyone can
 * call with their own arguments, and a cached function cannot see the request to count it.
 */
import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { searchPublished, type SearchHit } from "@/db/queries/search";
import { normalizeSearchQuery } from "@/lib/reader/search-query";
import { createSearchLimit } from "@/lib/server/search-limit";

/** Hits on one page of results. */
export const SEARCH_PAGE_SIZE = 30;
/**
 * Pages a reader can ask for. Each source ranks at most 200 candidates (db/queries/search.ts), so
 * later pages would only repeat the tail; five pages are 150 hits.
 */
export const MAX_SEARCH_PAGE = 5;

const pageParam = z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE);

export type ReaderSearch = { query: string; shortened: boolean; empty: boolean; page: number } & (
  { limited: false; hits: SearchHit[]; more: boolean } | { limited: true; retryAfter: number }
);

/**
 * Searches published issues for a reader's raw query and page (any values: only a string is
 * searched; a page that is not a whole number from 1 to MAX_SEARCH_PAGE is page 1).
 */
export async function searchForReader(raw: unknown, rawPage?: unknown): Promise<ReaderSearch> {
  const normalized = normalizeSearchQuery(typeof raw === "string" ? raw : "");
  const parsed = pageParam.safeParse(typeof rawPage === "string" ? rawPage : undefined);
  const page = parsed.success ? parsed.data : 1;
  if (normalized.empty) return { ...normalized, page, limited: false, hits: [], more: false };
  const wait = await createSearchLimit()(normalized.query, await headers());
  if (wait !== null) return { ...normalized, page, limited: true, retryAfter: wait };
  // One more than a page: whether a next page exists, without counting every match.
  const hits = await searchPublished(normalized.query, SEARCH_PAGE_SIZE + 1, (page - 1) * SEARCH_PAGE_SIZE);
  const more = page < MAX_SEARCH_PAGE && hits.length > SEARCH_PAGE_SIZE;
  return { ...normalized, page, limited: false, hits: hits.slice(0, SEARCH_PAGE_SIZE), more };
}
