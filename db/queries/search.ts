/**
 * Full-text search over published issues: titles and summaries, section titles and bodies, and
 * roundup items. websearch_to_tsquery never throws on user syntax (quotes, "or", "-"), unlike
 * to_tsquery, so any input gives results or none, not an error.
 */
import "server-only";
import { sql } from "drizzle-orm";
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

const headline = (column: string) =>
  sql.raw(
    `ts_headline('english', ${column}, q.query, 'StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=32, MinWords=14, MaxFragments=2, FragmentDelimiter=" … "')`,
  );

/** Ranked hits for a reader's query (already trimmed and capped by the caller). */
export async function searchPublished(query: string, limit = 30): Promise<SearchHit[]> {
  // The last line of defence: thousands of terms made websearch_to_tsquery spin the embedded
  // engine with the event loop blocked (callers cap the query far below this).
  if (query.length > 1000 || (query.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) > 32) return [];
  const db = await getDb();
  const result = await db.execute<{
    kind: SearchHit["kind"];
    issue_slug: string;
    issue_title: string;
    published_at: string | Date;
    section_number: number | null;
    title: string;
    snippet: string;
    rank: number;
  }>(sql`
    with q as (select websearch_to_tsquery('english', ${query}) as query),
    numbered as (
      select s.*, case when s.kind = 'callout' then null
        else (row_number() over (partition by s.issue_id, (s.kind = 'callout') order by s.position))::int end as number
      from sections s
    )
    select * from (
      select 'issue' as kind, i.slug as issue_slug, i.title as issue_title, i.published_at,
        null::int as section_number, i.title, ${headline("i.summary")} as snippet,
        ts_rank(i.search, q.query) * 1.2 as rank
      from issues i, q
      where i.status = 'published' and i.search @@ q.query
      union all
      select 'section', i.slug, i.title, i.published_at, n.number, n.title, ${headline("n.body")},
        ts_rank(n.search, q.query)
      from numbered n join issues i on i.id = n.issue_id, q
      where i.status = 'published' and n.search @@ q.query
      union all
      select 'item', i.slug, i.title, i.published_at, n.number, it.title, ${headline("it.body")},
        ts_rank(it.search, q.query)
      from section_items it join numbered n on n.id = it.section_id join issues i on i.id = n.issue_id, q
      where i.status = 'published' and it.search @@ q.query
    ) hits
    order by rank desc, published_at desc
    limit ${limit}
  `);
  return result.rows.map((r) => ({
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
