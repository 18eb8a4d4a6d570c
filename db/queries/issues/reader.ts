/**
 * Reader queries for issues. Every function here returns published issues only: a draft or a
 * scheduled issue can never reach a reader through them.
 */
import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { authors, categories, issueCategories, issues, sectionItems, sections } from "@/db/schema";
import { sqlWords } from "./word-count";

const published = eq(issues.status, "published");

// Correlated subqueries name the outer table explicitly: drizzle leaves single-table columns
// unqualified, which would bind to the inner tables instead.
const outerIssueId = sql.raw(`"issues"."id"`);

/** Words across the issue's summary, sections and roundup items, for the reading time (as issueWordCount in model/issue.ts). */
const wordCount = sql<number>`(
  ${sqlWords(sql.raw(`"issues"."summary"`))}
  + coalesce((select sum(${sqlWords(sql.raw(`s.body || ' ' || s.title`))})
      from ${sections} s where s.issue_id = ${outerIssueId}), 0)
  + coalesce((select sum(${sqlWords(sql.raw(`i.body || ' ' || i.title`))})
      from ${sectionItems} i join ${sections} s2 on s2.id = i.section_id where s2.issue_id = ${outerIssueId}), 0)
)::int`;

export type IssueCategoryChip = { slug: string; name: string };

export type IssueCard = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  editionMonth: string | null;
  coverImage: string | null;
  coverAlt: string;
  coverWidth: number | null;
  coverHeight: number | null;
  authorName: string | null;
  authorSlug: string | null;
  words: number;
  categories: IssueCategoryChip[];
};

/** Issues in any of the given categories; no condition when the list is empty. */
function inCategories(slugs: string[] | undefined) {
  if (!slugs?.length) return undefined;
  return inArray(
    issues.id,
    sql`(select ic.issue_id from ${issueCategories} ic join ${categories} c on c.id = ic.category_id where c.slug in ${slugs})`,
  );
}

async function attachCategories<T extends { id: number }>(rows: T[]): Promise<Array<T & { categories: IssueCategoryChip[] }>> {
  if (rows.length === 0) return [];
  const db = await getDb();
  const links = await db
    .select({ issueId: issueCategories.issueId, slug: categories.slug, name: categories.name })
    .from(issueCategories)
    .innerJoin(categories, eq(categories.id, issueCategories.categoryId))
    .where(
      inArray(
        issueCategories.issueId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(issueCategories.position), asc(categories.position));
  return rows.map((r) => ({
    ...r,
    categories: links.filter((l) => l.issueId === r.id).map(({ slug, name }) => ({ slug, name })),
  }));
}

/**
 * Published issues, newest first. With `categorySlugs`, only issues in any of those categories.
 */
export async function listPublishedIssues(options: {
  limit: number;
  offset?: number;
  categorySlugs?: string[];
  authorId?: number;
}): Promise<IssueCard[]> {
  const db = await getDb();
  const conditions = [published, inCategories(options.categorySlugs)];
  if (options.authorId !== undefined) conditions.push(eq(issues.authorId, options.authorId));
  const rows = await db
    .select({
      id: issues.id,
      slug: issues.slug,
      title: issues.title,
      summary: issues.summary,
      publishedAt: issues.publishedAt,
      editionMonth: issues.editionMonth,
      coverImage: issues.coverImage,
      coverAlt: issues.coverAlt,
      coverWidth: issues.coverWidth,
      coverHeight: issues.coverHeight,
      authorName: authors.name,
      authorSlug: authors.slug,
    })
    .from(issues)
    .leftJoin(authors, eq(authors.id, issues.authorId))
    .where(and(...conditions))
    .orderBy(desc(issues.publishedAt), desc(issues.id))
    .limit(options.limit)
    .offset(options.offset ?? 0);
  // Words are counted in a second query for the page's rows only: in the same select, PostgreSQL
  // ran the count for every row the offset skips (20 s for the last archive page of 10,000 issues).
  const words = rows.length
    ? new Map(
        (
          await db
            .select({ id: issues.id, n: wordCount })
            .from(issues)
            .where(
              inArray(
                issues.id,
                rows.map((r) => r.id),
              ),
            )
        ).map((r) => [r.id, r.n]),
      )
    : new Map<number, number>();
  return attachCategories(rows.map((r) => ({ ...r, words: words.get(r.id) ?? 0, publishedAt: r.publishedAt ?? new Date(0) })));
}

/** How many published issues there are (in any of the given categories, and by one author, if given). */
export async function countPublishedIssues(categorySlugs?: string[], authorId?: number): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(issues)
    .where(and(published, inCategories(categorySlugs), authorId === undefined ? undefined : eq(issues.authorId, authorId)));
  return row?.n ?? 0;
}

/** Slugs of published issues, newest first, a slice at a time, for the sitemap. */
export async function listPublishedIssueSlugs(offset: number, limit: number): Promise<Array<{ slug: string; updatedAt: Date }>> {
  const db = await getDb();
  return db
    .select({ slug: issues.slug, updatedAt: issues.updatedAt })
    .from(issues)
    .where(published)
    .orderBy(desc(issues.publishedAt), desc(issues.id))
    .limit(limit)
    .offset(offset);
}

/** One published issue with everything its page shows, or null (unknown slug or not published). */
export async function getPublishedIssueBySlug(slug: string) {
  const db = await getDb();
  const issue = await db.query.issues.findFirst({
    where: and(eq(issues.slug, slug), published),
    columns: { search: false },
    with: {
      author: true,
      categories: { with: { category: true }, orderBy: [asc(issueCategories.position)] },
      sections: {
        columns: { search: false },
        orderBy: [asc(sections.position)],
        with: { items: { columns: { search: false }, orderBy: [asc(sectionItems.position)] } },
      },
    },
  });
  if (!issue) return null;
  const [words] = await db.select({ n: wordCount }).from(issues).where(eq(issues.id, issue.id));
  return {
    ...issue,
    words: words?.n ?? 0,
    categories: issue.categories.map((ic) => ic.category),
  };
}

export type PublishedIssue = NonNullable<Awaited<ReturnType<typeof getPublishedIssueBySlug>>>;
