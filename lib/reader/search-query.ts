/** Reader search input, made safe for the database: any string in, a bounded query out. */
export const MAX_QUERY_LENGTH = 200;

export function normalizeSearchQuery(raw: string | undefined | null): { query: string; shortened: boolean; empty: boolean } {
  // Control characters (NUL cannot even be stored in PostgreSQL text) become spaces.
  const cleaned = (raw ?? "").replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
  const chars = Array.from(cleaned);
  const shortened = chars.length > MAX_QUERY_LENGTH;
  const query = shortened ? chars.slice(0, MAX_QUERY_LENGTH).join("").trim() : cleaned;
  return { query, shortened, empty: query.length === 0 };
}
