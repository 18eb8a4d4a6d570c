/**
 * The reader side's data, cached with Next's "use cache" and tagged (lib/cache-tags.ts), so a
 * reader page is rendered once and then served from the cache until a write invalidates a tag.
 */
import { cacheLife, cacheTag } from "next/cache";
import { listCategoriesWithCounts } from "@/db/queries/categories";
import { getNextUpcomingEvent } from "@/db/queries/events";
import { getPublishedIssueBySlug, listPublishedIssueSlugs, listPublishedIssues } from "@/db/queries/issues";
import { tags } from "@/lib/cache-tags";
import { todayUtc } from "@/lib/format";

export async function getIssueForReader(slug: string) {
  "use cache";
  cacheLife("max");
  cacheTag(tags.issue(slug));
  const issue = await getPublishedIssueBySlug(slug);
  if (issue) {
    if (issue.author) cacheTag(tags.author(issue.author.slug));
    for (const c of issue.categories) cacheTag(tags.category(c.slug));
  }
  return issue;
}

export async function getLatestIssues(limit: number) {
  "use cache";
  cacheLife("max");
  cacheTag(tags.issueLists, tags.categories, tags.authors);
  return listPublishedIssues({ limit });
}

export async function getPublishedSlugs() {
  "use cache";
  cacheLife("max");
  cacheTag(tags.issueLists);
  return listPublishedIssueSlugs();
}

export async function getCategories() {
  "use cache";
  cacheLife("max");
  cacheTag(tags.categories, tags.issueLists);
  return listCategoriesWithCounts();
}

/** The next study tour; re-read at least hourly so a tour that has ended drops off by itself. */
export async function getNextEvent() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.events);
  return getNextUpcomingEvent(todayUtc());
}
