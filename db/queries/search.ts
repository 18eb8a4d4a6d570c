/**
 * Full-text search over published issues: titles and summaries, section titles and bodies, and
 * roundup items. websearch_to_tsquery never throws on user syntax (quotes, "or", "-"), unlike
 * to_tsquery, so any input gives results or none, not an error.
 */
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";

/** Markers around matched words in snippets; control characters cannot come from a reader's text. */
export const HIT_START = "\u0002";
export const HIT_END = "\u0003";

export type SearchHit = {
  kind: "issue" | "section" | "item";
  issueSlug: string;
  issueTitle: string;
  publishedAt: Date;
  /** The reader-facing section number the hit is in (null for the issue itself or a callout). */
  sectionNumber: number | null;
  title: string;
  /** Plain text with HIT_START/HIT_END around matches. */
  snippet: string;
  rank: number;
};

const HEADLINE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=32, MinWords=14, MaxFragments=2, FragmentDelimiter=" … "`;

/** A snippet of `column` with the matches marked. */
const headline = (column: string, tsquery: SQL) => sql`ts_headline('english', ${sql.raw(column)}, ${tsquery}, ${HEADLINE_OPTIONS})`;

/**
 * Matches per source that are ranked. Ranking reads each match's vector (often out of line, in
 * TOAST), so its cost grows with the matches: at 10,000 issues a common word ("battery") is in a
 * sixth of all sections, and ranking 2,000 of them took ~130 ms. Past this many matches the best
 * hits are taken from the first ones the index yields (a word that common ranks its matches
 * nearly alike anyway); queries with fewer matches are ranked exactly. The candidates carry
 * their vector up, so no second read of the row is needed to rank them.
 */
const RANK_CANDIDATES = 200;

/**
 * Ranked hits for a reader's query (already trimmed and capped by the caller).
 *
 * Cost is kept to what is shown: each source (issues, sections, roundup items) gives only its
 * own best `limit` rows by rank, found through the GIN index on its `search` column; the union of
 * those holds the overall best `limit`. Only those rows then get a section number (counted among
 * their own issue's sections) and a `ts_headline`, which re-parses the whole text and was the
 * bulk of the time when it ran on every match.
 */
export async function searchPublished(query: string, limit = 30, offset = 0): Promise<SearchHit[]> {
  // The last line of defence: thousands of terms made websearch_to_tsquery spin the embedded
  // engine with the event loop blocked (callers cap the query far below this).
  if (query.length > 1000 || (query.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) > 32) return [];
  if (![limit, offset].every((n) => Number.isInteger(n) && n >= 0 && n <= 1000)) return [];
  const rows = await withIndexedPlan((tx) =>
    tx.execute<{
      kind: SearchHit["kind"];
      issue_slug: string;
      issue_title: string;
      published_at: string | Date;
      section_number: number | null;
      title: string;
      snippet: string;
      rank: number;
    }>(searchStatement(query, limit, offset)),
  );
  return rows.rows.map((r) => ({
    kind: r.kind,
    issueSlug: r.issue_slug,
    issueTitle: r.issue_title,
    publishedAt: new Date(r.published_at),
    sectionNumber: r.section_number === null ? null : Number(r.section_number),
    title: r.title,
    snippet: r.snippet,
    rank: Number(r.rank),
  }));
}

type Db = Awaited<ReturnType<typeof getDb>>;
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Runs `fn` in a transaction whose planner reads rows only through bitmap scans. For a common
 * word with a LIMIT the planner prefers walking the table and testing each row's vector, which it
 * costs like a cheap comparison; in fact each test reads the vector out of TOAST, and at 10,000
 * issues "battery" took ~300 ms walking sections where the GIN index gives the same 200 candidates
 * in a few. The setting ends with the transaction.
 */
async function withIndexedPlan<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    await tx.execute(sql`set local enable_indexscan = off`);
    return fn(tx);
  });
}

/** EXPLAIN (ANALYZE, BUFFERS) of the search as searchPublished runs it, one line per row (for `npm run bench:scale`). */
export async function explainSearch(query: string, limit = 30): Promise<string[]> {
  const plan = await withIndexedPlan((tx) =>
    tx.execute<{ "QUERY PLAN": string }>(sql`explain (analyze, buffers) ${searchStatement(query, limit)}`),
  );
  return plan.rows.map((row) => row["QUERY PLAN"]);
}

/**
 * The statement behind searchPublished. A later page (`offset`) needs each source's best
 * offset + limit: the overall hits from offset on can come from any of them.
 */
function searchStatement(query: string, limit: number, offset = 0): SQL {
  const perSource = offset + limit;
  // Written out in every part rather than shared through a CTE: the function is immutable, so
  // the planner folds it to a constant and can estimate each match from the GIN index's
  // statistics (behind a CTE it guessed, and scanned every published issue).
  const tsquery = sql`websearch_to_tsquery('english', ${query})`;
  return sql`
    with issue_hits as (
      select 'issue' as kind, i.id as issue_id, null::int as section_id, null::int as item_id,
        ts_rank(i.search, ${tsquery}) * 1.2 as rank, i.published_at
      from (select id, search, published_at from issues where search @@ ${tsquery} and status = 'published' limit ${RANK_CANDIDATES}) i
      order by rank desc, i.published_at desc, i.id
      limit ${perSource}
    ),
    section_hits as (
      select 'section' as kind, s.issue_id, s.id as section_id, null::int as item_id,
        ts_rank(s.search, ${tsquery}) as rank, i.published_at
      from (select id, issue_id, search from sections where search @@ ${tsquery} limit ${RANK_CANDIDATES}) s
        join issues i on i.id = s.issue_id
      where i.status = 'published'
      order by rank desc, i.published_at desc, s.id
      limit ${perSource}
    ),
    item_hits as (
      select 'item' as kind, s.issue_id, s.id as section_id, it.id as item_id,
        ts_rank(it.search, ${tsquery}) as rank, i.published_at
      from (select id, section_id, search from section_items where search @@ ${tsquery} limit ${RANK_CANDIDATES}) it
        join sections s on s.id = it.section_id join issues i on i.id = s.issue_id
      where i.status = 'published'
      order by rank desc, i.published_at desc, it.id
      limit ${perSource}
    ),
    top as (
      select * from (
        select * from issue_hits union all select * from section_hits union all select * from item_hits
      ) hits
      order by rank desc, published_at desc, kind, coalesce(item_id, section_id, issue_id)
      limit ${limit} offset ${offset}
    )
    select top.kind, i.slug as issue_slug, i.title as issue_title, top.published_at,
      case when s.id is null or s.kind = 'callout' then null
        else (select count(*)::int from sections n where n.issue_id = s.issue_id and n.kind <> 'callout' and n.position <= s.position)
      end as section_number,
      case top.kind when 'issue' then i.title when 'section' then s.title else it.title end as title,
      case top.kind when 'issue' then ${headline("i.summary", tsquery)} when 'section' then ${headline("s.body", tsquery)} else ${headline("it.body", tsquery)} end as snippet,
      top.rank
    from top join issues i on i.id = top.issue_id
      left join sections s on s.id = top.section_id
      left join section_items it on it.id = top.item_id
    order by top.rank desc, top.published_at desc, top.kind, coalesce(top.item_id, top.section_id, top.issue_id)
  `;
}
