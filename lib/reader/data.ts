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
import { tags } from "@/lib/cache-tags";
import { todayUtc } from "@/lib/format";
import { withRenderedMarkdown } from "@/lib/markdown-off-thread";
import { readerArg, readerLimit, readerPage, readerSlug, readerSlugList } from "@/lib/reader/args";
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
  const event = await getNextUpcomingEvent(todayUtc());
  return event ? readerEvent(event) : null;
}

export const ARCHIVE_PAGE_SIZE = 12;

/** One page of the archive (1-based), with the total for pagination. */
export async function getArchivePage(rawPage: number) {
  "use cache";
  const page = readerArg(readerPage, rawPage) ?? 1;
  cacheLife("max");
  cacheTag(tags.issueLists, tags.categories, tags.authors);
  const [issues, total] = await Promise.all([
    listPublishedIssues({ limit: ARCHIVE_PAGE_SIZE, offset: (page - 1) * ARCHIVE_PAGE_SIZE }),
    countPublishedIssues(),
  ]);
  return { issues, total, pages: Math.max(1, Math.ceil(total / ARCHIVE_PAGE_SIZE)) };
}

/** Issues in any of the given categories (slugs already validated), newest first. */
export async function getIssuesInCategories(rawSlugs: string[]) {
  "use cache";
  const slugs = readerArg(readerSlugList, rawSlugs);
  if (!slugs) return [];
  cacheLife("max");
  cacheTag(tags.issueLists, tags.categories, ...slugs.map((s) => tags.category(s)));
  return listPublishedIssues({ limit: 500, categorySlugs: slugs });
}

export async function getAuthorPage(rawSlug: string) {
  "use cache";
  const slug = readerArg(readerSlug, rawSlug);
  if (slug === undefined) return null;
  cacheLife("max");
  cacheTag(tags.author(slug), tags.authors, tags.issueLists);
  const author = await getAuthorBySlug(slug);
  if (!author) return null;
  const issues = await listPublishedIssues({ limit: 500, authorId: author.id });
  return { author: readerAuthor(author), issues };
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
