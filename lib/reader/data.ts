/**
 * The reader side's data, cached with Next's "use cache" and tagged (lib/cache-tags.ts), so a
 * reader page is rendered once and then served from the cache until a write invalidates a tag.
 */
import { cacheLife, cacheTag } from "next/cache";
import { listCategoriesWithCounts } from "@/db/queries/categories";
import { getAuthorBySlug, listAuthors } from "@/db/queries/authors";
import { getEventBySlug, getNextUpcomingEvent, listAllEvents, listPastEvents, listUpcomingEvents } from "@/db/queries/events";
import {
  countPublishedIssues,
  getPublishedIssueBySlug,
  listPublishedIssueSlugs,
  listPublishedIssues,
} from "@/db/queries/issues";
import { searchPublished } from "@/db/queries/search";
import { tags } from "@/lib/cache-tags";
import { todayUtc } from "@/lib/format";
import { pageCount, READER_PAGE_SIZE } from "@/lib/reader/pages";

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

/** Slugs of published issues, newest first, one sitemap file at a time (`limit` ≤ 50,000). */
export async function getPublishedSlugs(offset: number, limit: number) {
  "use cache";
  cacheLife("max");
  cacheTag(tags.issueLists);
  return listPublishedIssueSlugs(offset, limit);
}

export async function getPublishedCount() {
  "use cache";
  cacheLife("max");
  cacheTag(tags.issueLists);
  return countPublishedIssues();
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

/** One page of the archive (1-based), with the total for pagination. */
export async function getArchivePage(page: number) {
  "use cache";
  cacheLife("max");
  cacheTag(tags.issueLists, tags.categories, tags.authors);
  const [issues, total] = await Promise.all([
    listPublishedIssues({ limit: READER_PAGE_SIZE, offset: (page - 1) * READER_PAGE_SIZE }),
    countPublishedIssues(),
  ]);
  return { issues, total, pages: pageCount(total) };
}

/** One page (1-based) of the issues in any of the given categories (slugs already validated), newest first. */
export async function getCategoryPage(slugs: string[], page: number) {
  "use cache";
  cacheLife("max");
  cacheTag(tags.issueLists, tags.categories, ...slugs.map((s) => tags.category(s)));
  const [issues, total] = await Promise.all([
    listPublishedIssues({ limit: READER_PAGE_SIZE, offset: (page - 1) * READER_PAGE_SIZE, categorySlugs: slugs }),
    countPublishedIssues(slugs),
  ]);
  return { issues, total, pages: pageCount(total) };
}

/** An author and one page (1-based) of their published issues, or null for an unknown slug. */
export async function getAuthorPage(slug: string, page = 1) {
  "use cache";
  cacheLife("max");
  cacheTag(tags.author(slug), tags.authors, tags.issueLists);
  const author = await getAuthorBySlug(slug);
  if (!author) return null;
  const [issues, total] = await Promise.all([
    listPublishedIssues({ limit: READER_PAGE_SIZE, offset: (page - 1) * READER_PAGE_SIZE, authorId: author.id }),
    countPublishedIssues(undefined, author.id),
  ]);
  return { author, issues, total, pages: pageCount(total) };
}

export async function getAuthorSlugs() {
  "use cache";
  cacheLife("max");
  cacheTag(tags.authors);
  return (await listAuthors()).map((a) => a.slug);
}

/** Upcoming and past events, split on today's date; re-read at least hourly. */
export async function getEventsOverview() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.events);
  const today = todayUtc();
  const [upcoming, past] = await Promise.all([listUpcomingEvents(today), listPastEvents(today)]);
  return { upcoming, past, today };
}

export async function getEvent(slug: string) {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.events);
  const event = await getEventBySlug(slug);
  return event ? { event, past: event.endsAt < todayUtc() } : null;
}

export async function getEventSlugs() {
  "use cache";
  cacheLife("max");
  cacheTag(tags.events);
  return (await listAllEvents()).map((e) => ({ slug: e.slug, updatedAt: e.updatedAt }));
}

export async function getAuthorsForSitemap() {
  "use cache";
  cacheLife("max");
  cacheTag(tags.authors);
  return listAuthors();
}

/**
 * Search results for one normalized query. Cached like the pages (results change only when
 * content does), so popular searches cost one query until the next publish; the LRU cache
 * bounds memory for rare ones.
 */
export async function getSearchResults(query: string) {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.issueLists);
  return searchPublished(query);
}
