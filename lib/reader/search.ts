/**
 * The reader's search, with its limits where the data is read: the query is normalised and
 * capped (length and number of words) and the client's per-minute count is taken here, not only
 * in proxy.ts. Deliberately not a "use cache" function: those are server references anyone can
 * call with their own arguments, and a cached function cannot see the request to count it.
 */
import "server-only";
import { headers } from "next/headers";
import { searchPublished, type SearchHit } from "@/db/queries/search";
import { normalizeSearchQuery } from "@/lib/reader/search-query";
import { createSearchLimit } from "@/lib/server/search-limit";

export type ReaderSearch = { query: string; shortened: boolean; empty: boolean } & (
  { limited: false; hits: SearchHit[] } | { limited: true; retryAfter: number }
);

/** Searches published issues for a reader's raw query (any value: only a string is searched). */
export async function searchForReader(raw: unknown): Promise<ReaderSearch> {
  const normalized = normalizeSearchQuery(typeof raw === "string" ? raw : "");
  if (normalized.empty) return { ...normalized, limited: false, hits: [] };
  const wait = await createSearchLimit()(normalized.query, await headers());
  if (wait !== null) return { ...normalized, limited: true, retryAfter: wait };
  return { ...normalized, limited: false, hits: await searchPublished(normalized.query) };
}
