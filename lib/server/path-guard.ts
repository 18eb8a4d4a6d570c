/**
 * Answers "does this reader path exist?" for the proxy, so an unknown slug gets a real 404.
 *
 * Why: with cacheComponents, the first request for a slug that was not prerendered streams the
 * route's fallback shell with status 200 before the page can call notFound() (a Next.js bug,
 * vercel/next.js#95561). Known slugs are answered from memory; an unknown slug re-reads the
 * database (so an issue published a moment ago is never refused), at most once per interval for
 * the cheap lists and once per request for an issue slug.
 *
 * A known slug can stop being valid (unpublished, renamed, a category deleted): before answering
 * from memory the guard asks `changedAt` when the reader lists were last invalidated — by this
 * process (a local note from lib/revalidate.ts) or, with REDIS_URL, by any instance (the shared
 * tag manifest) — and reloads when that is newer than its lists. Without it an unpublished issue
 * would render for up to REFRESH_MS, as a 200 "not found" shell that a shared cache could keep.
 */
import {
  countPublishedByAuthor,
  countPublishedInCategories,
  isPublishedIssueSlug,
  loadKnownSlugs,
  type KnownSlugs,
} from "@/db/queries/known-paths";
import { pageCount, parsePageNumber } from "@/lib/reader/pages";
import { localListsChangedAt, type ListsChangedAt } from "./lists-changed";

const REFRESH_MS = 2_000;
/** A miss re-reads the lists, but not more often than this: junk slugs must not cost a reload each. */
const FORCED_REFRESH_MS = 250;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** true: exists; false: answer 404; a string: redirect permanently there; undefined: not a guarded path. */
export type PathGuard = (pathname: string) => Promise<boolean | string | undefined>;

export function createPathGuard(changedAt: ListsChangedAt = localListsChangedAt): PathGuard {
  let known:
    | {
        slugs: KnownSlugs;
        sets: Record<"issues" | "authors" | "events" | "categories", Set<string>>;
        at: number;
        /** Lengths of paginated lists ("categories:china+future", "authors:ann"), read when first asked. */
        counts: Map<string, Promise<number>>;
      }
    | undefined;
  let loading: Promise<void> | undefined;

  function load(): Promise<void> {
    const started = Date.now();
    loading ??= loadKnownSlugs()
      .then((slugs) => {
        known = {
          slugs,
          // The start of the read: a change committed while it ran makes it stale at once.
          at: started,
          sets: {
            issues: new Set(slugs.issues),
            authors: new Set(slugs.authors),
            events: new Set(slugs.events),
            categories: new Set(slugs.categories),
          },
          counts: new Map(),
        };
      })
      .finally(() => {
        loading = undefined;
      });
    return loading;
  }

  async function refresh(force = false) {
    // Twice at most: a read already under way when the lists changed is stale when it lands.
    for (let attempt = 0; attempt < 2; attempt++) {
      if (known && Date.now() - known.at < (force ? FORCED_REFRESH_MS : REFRESH_MS) && (await changedAt()) < known.at) return;
      await load();
    }
  }

  async function has(kind: "authors" | "events" | "categories", slug: string): Promise<boolean> {
    await refresh();
    if (known!.sets[kind].has(slug)) return true;
    await refresh(true);
    return known!.sets[kind].has(slug);
  }

  /** The list's length as of the current lists; a miss past the end re-reads once. */
  async function lastPage(key: string, count: () => Promise<number>, page: number): Promise<number> {
    const read = () => {
      let pending = known!.counts.get(key);
      if (!pending) {
        pending = count();
        pending.catch(() => known?.counts.delete(key));
        known!.counts.set(key, pending);
      }
      return pending.then(pageCount);
    };
    await refresh();
    const pages = await read();
    if (page <= pages) return pages;
    await refresh(true);
    return read();
  }

  /** A paginated list's `…/page/n`: true, false (past the end or not a number) or the page-1 path. */
  async function listPage(base: string, raw: string, key: string, count: () => Promise<number>): Promise<boolean | string> {
    const page = parsePageNumber(raw);
    if (page === null) return false;
    if (page === 1) return base;
    return page <= (await lastPage(key, count, page));
  }

  return async (pathname) => {
    const parts = pathname.split("/").filter(Boolean);
    let segment: string;
    try {
      segment = decodeURIComponent(parts[1] ?? "");
    } catch {
      return false;
    }
    // Nothing but a well-formed slug reaches a query (a NUL byte made PostgreSQL answer 500).
    if (["issues", "authors", "events"].includes(parts[0]) && parts.length >= 2 && parts[1] !== "page" && !SLUG.test(segment)) return false;
    if (parts[0] === "categories" && parts.length >= 2 && !segment.split(/[+ ,]/).every((s) => s === "" || SLUG.test(s))) return false;
    // The social card of an issue renders (CPU) only for a published issue, like the page.
    if (parts[0] === "issues" && parts.length === 3 && /^opengraph-image(-\w+)?$/.test(parts[2])) {
      await refresh();
      return known!.sets.issues.has(segment) || (await isPublishedIssueSlug(segment));
    }
    if (parts[0] === "issues" && parts.length === 2) {
      await refresh();
      return known!.sets.issues.has(segment) || (await isPublishedIssueSlug(segment));
    }
    if (parts[0] === "issues" && parts[1] === "page" && parts.length === 3) {
      return listPage("/issues", parts[2], "issues", async () => known!.slugs.publishedCount);
    }
    if (parts[0] === "authors" && parts.length === 2) return has("authors", segment);
    if (parts[0] === "authors" && parts.length === 4 && parts[2] === "page") {
      if (!(await has("authors", segment))) return false;
      return listPage(`/authors/${parts[1]}`, parts[3], `authors:${segment}`, () => countPublishedByAuthor(segment));
    }
    if (parts[0] === "events" && parts.length === 2) return has("events", segment);
    const categoryPage = parts.length === 4 && parts[2] === "page";
    if (parts[0] === "categories" && (parts.length === 2 || (parts.length === 3 && parts[2] === "feed.xml") || categoryPage)) {
      const slugs = [...new Set(segment.split(/[+ ,]/).filter(Boolean))];
      if (slugs.length === 0) return false;
      for (const slug of slugs) if (!(await has("categories", slug))) return false;
      if (parts.length === 3) return slugs.length === 1;
      // One canonical path per combination keeps one cache entry per combination.
      const ordered = known!.slugs.categories.filter((c) => slugs.includes(c));
      const canonical = ordered.join("+");
      if (!categoryPage) return canonical === segment ? true : `/categories/${canonical}`;
      const page = parsePageNumber(parts[3]);
      if (page === null) return false;
      if (canonical !== segment) return `/categories/${canonical}${page > 1 ? `/page/${page}` : ""}`;
      return listPage(`/categories/${canonical}`, parts[3], `categories:${canonical}`, () => countPublishedInCategories(ordered));
    }
    return undefined;
  };
}
