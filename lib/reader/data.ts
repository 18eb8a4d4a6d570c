/**
 * The reader side's data, cached with Next's "use cache" and tagged (lib/cache-tags.ts), so a
 * reader page is rendered once and then served from the cache until a write invalidates a tag.
 */
import { cacheLife, cacheTag } from "next/cache";
import { listCategoriesWithCounts } from "@/db/queries/categories";
import { getAuthorBySlug, listAuthors } from "@/db/queries/authors";
import { getEventBySlug, getNextUpcomingEvent, listAllEvents, listPastEvents, listUpcomingEvents } from "@/db/queries/events";
import { countPublishedIssues, getPublishedIssueBySlug, listPublishedIssueSlugs, listPublishedIssues } from "@/db/queries/issues/reader";
import { tags } from "@/lib/cache-tags";
import { todayUtc } from "@/lib/format";
import { withRenderedMarkdown } from "@/lib/markdown-off-thread";
import { readerArg, readerLimit, readerPage, readerSitemapSlice, readerSlug, readerSlugList } from "@/lib/reader/args";
import { pageCount, READER_PAGE_SIZE } from "@/lib/reader/pages";
import { readerAuthor, readerAuthorForSitemap, readerEvent, readerIssue } from "@/lib/reader/reader-view";

export async function getIssueForReader(rawSlug: string) {
  "use cache";
  const slug = readerArg(readerSlug, rawSlug);
  if (slug === undefined) return null;
  cacheLife("max");
  cacheTag(tags.issue(slug));
  const issue = await getPublishedIssueBySlug(slug);
  if (issue) {
    if (issue.author) cacheTag(tags.author(issue.author.slug));
    for (const c of issue.categories) cacheTag(tags.category(c.slug));
  }
  // Markdown rendered here, off the main thread, once per cache fill (lib/markdown-off-thread.ts).
  return issue ? withRenderedMarkdown(readerIssue(issue)) : null;
}

export async function getLatestIssues(rawLimit: number) {
  "use cache";
  const limit = readerArg(readerLimit, rawLimit) ?? 12;
  cacheLife("max");
  cacheTag(tags.issueLists, tags.categories, tags.authors);
  return listPublishedIssues({ limit });
}

/** Slugs of published issues, newest first, one sitemap file at a time (`limit` ≤ 50,000). */
export async function getPublishedSlugs(rawOffset: number, rawLimit: number) {
  "use cache";
  const slice = readerArg(readerSitemapSlice, { offset: rawOffset, limit: rawLimit });
  if (!slice) return [];
  cacheLife("max");
  cacheTag(tags.issueLists);
  return listPublishedIssueSlugs(slice.offset, slice.limit);
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
  const event = await getNextUpcomingEvent(todayUtc());
  return event ? readerEvent(event) : null;
}

/** One page of the archive (1-based), with the total for pagination. */
export async function getArchivePage(rawPage: number) {
  "use cache";
  const page = readerArg(readerPage, rawPage) ?? 1;
  cacheLife("max");
  cacheTag(tags.issueLists, tags.categories, tags.authors);
  const [issues, total] = await Promise.all([
    listPublishedIssues({ limit: READER_PAGE_SIZE, offset: (page - 1) * READER_PAGE_SIZE }),
    countPublishedIssues(),
  ]);
  return { issues, total, pages: pageCount(total) };
}

/** One page (1-based) of the issues in any of the given categories, newest first. */
export async function getCategoryPage(rawSlugs: string[], rawPage: number) {
  "use cache";
  const slugs = readerArg(readerSlugList, rawSlugs);
  const page = readerArg(readerPage, rawPage);
  if (!slugs || !page) return { issues: [], total: 0, pages: 1 };
  cacheLife("max");
  cacheTag(tags.issueLists, tags.categories, ...slugs.map((s) => tags.category(s)));
  const [issues, total] = await Promise.all([
    listPublishedIssues({ limit: READER_PAGE_SIZE, offset: (page - 1) * READER_PAGE_SIZE, categorySlugs: slugs }),
    countPublishedIssues(slugs),
  ]);
  return { issues, total, pages: pageCount(total) };
}

/** An author and one page (1-based) of their published issues, or null for an unknown slug. */
export async function getAuthorPage(rawSlug: string, rawPage = 1) {
  "use cache";
  const slug = readerArg(readerSlug, rawSlug);
  const page = readerArg(readerPage, rawPage);
  if (slug === undefined || page === undefined) return null;
  cacheLife("max");
  cacheTag(tags.author(slug), tags.authors, tags.issueLists);
  const author = await getAuthorBySlug(slug);
  if (!author) return null;
  const [issues, total] = await Promise.all([
    listPublishedIssues({ limit: READER_PAGE_SIZE, offset: (page - 1) * READER_PAGE_SIZE, authorId: author.id }),
    countPublishedIssues(undefined, author.id),
  ]);
  return { author: readerAuthor(author), issues, total, pages: pageCount(total) };
}

/** Upcoming and past events, split on today's date; re-read at least hourly. */
export async function getEventsOverview() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.events);
  const today = todayUtc();
  const [upcoming, past] = await Promise.all([listUpcomingEvents(today), listPastEvents(today)]);
  return { upcoming: upcoming.map(readerEvent), past: past.map(readerEvent), today };
}

export async function getEvent(rawSlug: string) {
  "use cache";
  const slug = readerArg(readerSlug, rawSlug);
  if (slug === undefined) return null;
  cacheLife("hours");
  cacheTag(tags.events);
  const event = await getEventBySlug(slug);
  return event ? { event: readerEvent(event), past: event.endsAt < todayUtc() } : null;
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
  return (await listAuthors()).map(readerAuthorForSitemap);
}
