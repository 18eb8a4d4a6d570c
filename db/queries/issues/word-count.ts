/**
 * The word count in SQL, a mirror of countWords in model/issue.ts: list pages show the reading
 * time of many issues without loading their bodies, so PostgreSQL counts. Both split on runs of
 * whitespace after trimming it; tests/db/word-count.test.ts proves they agree.
 */
import { sql, type SQL } from "drizzle-orm";

/** Words in one text expression (0 for an empty or blank one). */
export function sqlWords(text: SQL): SQL<number> {
  // btrim() trims only spaces, and splitting '' yields one empty word: trim every kind of
  // whitespace and count a blank text as 0, as String.prototype.trim and split do.
  return sql<number>`(case when ${text} ~ '^\\s*$' then 0
    else array_length(regexp_split_to_array(regexp_replace(${text}, '^\\s+|\\s+$', '', 'g'), '\\s+'), 1) end)`;
}
