/** Reader search input, made safe for the database: any string in, a bounded query out. */
export const MAX_QUERY_LENGTH = 200;
/**
 * websearch_to_tsquery turns every word into a term; thousands of terms left the embedded engine
 * spinning with the event loop blocked. Twelve words is more than any reader types.
 */
export const MAX_QUERY_WORDS = 12;

const WORD = /[\p{L}\p{N}]+/gu;

export function normalizeSearchQuery(raw: string | undefined | null): { query: string; shortened: boolean; empty: boolean } {
  // Control characters (NUL cannot even be stored in PostgreSQL text) become spaces.
  const cleaned = (typeof raw === "string" ? raw : "")
    .slice(0, MAX_QUERY_LENGTH * 4)
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const chars = Array.from(cleaned);
  let query = chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join("").trim() : cleaned;
  // Cut after the last allowed word (punctuation splits words for the parser too).
  const words = [...query.matchAll(WORD)];
  if (words.length > MAX_QUERY_WORDS) {
    const last = words[MAX_QUERY_WORDS - 1];
    query = query.slice(0, last.index + last[0].length).trim();
  }
  const shortened = query !== cleaned || (typeof raw === "string" && raw.length > MAX_QUERY_LENGTH * 4);
  return { query, shortened, empty: query.length === 0 };
}
