/** The slugs that reader routes can show, for answering unknown ones with a real 404 early. */
import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { authors, categories, events, issues } from "@/db/schema";
import { countPublishedIssues } from "./issues/reader";

export type KnownSlugs = {
  issues: string[];
  authors: string[];
  events: string[];
  /** In editorial order (position, then slug): the canonical order of a filter path. */
  categories: string[];
  publishedCount: number;
};

export async function loadKnownSlugs(): Promise<KnownSlugs> {
  const db = await getDb();
  const [issueRows, authorRows, eventRows, categoryRows] = await Promise.all([
    db.select({ slug: issues.slug }).from(issues).where(eq(issues.status, "published")),
    db.select({ slug: authors.slug }).from(authors),
    db.select({ slug: events.slug }).from(events),
    db.select({ slug: categories.slug }).from(categories).orderBy(asc(categories.position), asc(categories.slug)),
  ]);
  return {
    issues: issueRows.map((r) => r.slug),
    authors: authorRows.map((r) => r.slug),
    events: eventRows.map((r) => r.slug),
    categories: categoryRows.map((r) => r.slug),
    publishedCount: issueRows.length,
  };
}

export async function isPublishedIssueSlug(slug: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(issues)
    .where(and(eq(issues.slug, slug), eq(issues.status, "published")))
    .limit(1);
  return !!row;
}

/** Published issues in any of the given categories: how many pages that list has. */
export async function countPublishedInCategories(slugs: string[]): Promise<number> {
  return countPublishedIssues(slugs);
}

/** Published issues bylined to the author with this slug. */
export async function countPublishedByAuthor(slug: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(issues)
    .innerJoin(authors, eq(authors.id, issues.authorId))
    .where(and(eq(authors.slug, slug), eq(issues.status, "published")));
  return row?.n ?? 0;
}
