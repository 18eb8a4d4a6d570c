/**
 * How reader responses may be kept by a shared HTTP cache (Varnish, a CDN): `Cache-Control` with
 * `s-maxage`, and an `xkey` header listing the cache tags (lib/cache-tags.ts) whose data the page
 * shows. lib/revalidate.ts purges exactly the tags a write invalidates, so every page that shows
 * the changed data carries at least one of them:
 *
 * - every published-issue change purges `issues` and `categories` (tagsForIssueChange), which
 *   all lists carry; an issue page carries its own `issue:<slug>`;
 * - author, category and event edits purge `authors`, `categories`, `events`, which the pages
 *   that show them carry (an issue page shows its author, chips and the next event);
 * - `site` is on every cached page: purging it empties the tier after a deploy.
 *
 * Signed-in, personal and token-bearing pages stay `private, no-store` (next.config.ts, proxy.ts).
 */
import { tags } from "./cache-tags";

/** Seconds a shared cache may keep a reader page without asking again; purges end it sooner. */
export const SHARED_MAX_AGE = 600;
/** Seconds a shared cache may serve an expired page while it fetches a fresh one. */
export const STALE_WHILE_REVALIDATE = 60;

export const SHARED_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}`;
export const PRIVATE_CACHE_CONTROL = "private, no-store";
/** Feeds: feed readers may also keep them five minutes themselves. */
export const FEED_CACHE_CONTROL = `public, max-age=300, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}`;

const SITE = "site";
const lists = [tags.issueLists, tags.categories, tags.authors];

/** Reader paths whose tags do not depend on a slug, for next.config.ts headers(). */
export const STATIC_READER_PATHS = [
  "/",
  "/issues",
  "/categories",
  "/events",
  "/search",
  "/newsletter",
  "/privacy",
  "/feed.xml",
  "/sitemap.xml",
  "/sitemaps/:file",
  "/robots.txt",
];

/**
 * The cache tags of a reader path, or undefined when the path must not be stored by a shared
 * cache (or is not a reader page). Slugs are taken as they appear; the proxy has already
 * answered unknown ones with a 404.
 */
export function readerPathTags(pathname: string): string[] | undefined {
  const parts = pathname.split("/").filter(Boolean);
  let second: string;
  try {
    second = decodeURIComponent(parts[1] ?? "");
  } catch {
    return undefined;
  }
  const withSite = (list: string[]) => [SITE, ...new Set(list)];
  if (parts.length === 0) return withSite(lists);
  switch (parts[0]) {
    case "issues":
      if (parts.length === 1 || parts[1] === "page") return withSite(lists);
      // The issue page and its images: the issue, its chips and author card, the signup box's
      // category list, the next event.
      return withSite([tags.issue(second), tags.categories, tags.authors, tags.events]);
    case "categories":
      if (parts.length === 1) return withSite([tags.categories, tags.issueLists]);
      return withSite([
        ...lists,
        ...second
          .split(/[+ ,]/)
          .filter(Boolean)
          .map((c) => tags.category(c)),
      ]);
    case "authors":
      return parts.length === 2 || (parts.length === 4 && parts[2] === "page")
        ? withSite([tags.author(second), tags.authors, tags.issueLists, tags.categories])
        : undefined;
    case "events":
      return withSite([tags.events, tags.categories]);
    case "search":
    case "feed.xml":
      return withSite(lists);
    case "sitemap.xml":
    case "sitemaps":
      return withSite([...lists, tags.events]);
    case "newsletter":
      // confirm and unsubscribe carry a personal token in the query.
      return parts.length === 1 ? withSite([tags.categories, tags.issueLists]) : undefined;
    case "privacy":
    case "robots.txt":
      return withSite([]);
    default:
      return undefined;
  }
}

/** The headers for a reader path: shared-cacheable with its tags, or private. */
export function readerCacheHeaders(pathname: string): { "Cache-Control": string; xkey?: string } {
  const list = readerPathTags(pathname);
  if (!list) return { "Cache-Control": PRIVATE_CACHE_CONTROL };
  return { "Cache-Control": pathname.endsWith("/feed.xml") ? FEED_CACHE_CONTROL : SHARED_CACHE_CONTROL, xkey: list.join(" ") };
}
