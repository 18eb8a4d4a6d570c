import { describe, expect, it } from "vitest";
import { tags } from "@/lib/cache-tags";
import { readerCacheHeaders, readerPathTags } from "@/lib/http-cache";
import { tagsForIssueChange } from "@/lib/revalidate";

/** True when a purge of `purged` removes the page at `path` from a shared cache. */
const purges = (purged: string[], path: string) => (readerPathTags(path) ?? []).some((t) => purged.includes(t));

const issue = { slug: "may-2026", status: "published", categorySlugs: ["china"], authorSlug: "ann" };

describe("shared-cache tags of reader pages", () => {
  it("a publish, unpublish or edit of a published issue purges every page that lists or shows it", () => {
    for (const change of [
      tagsForIssueChange({ ...issue, status: "draft" }, issue),
      tagsForIssueChange(issue, { ...issue, status: "draft" }),
      tagsForIssueChange(issue, issue),
    ]) {
      for (const path of [
        "/",
        "/issues",
        "/issues/page/2",
        "/issues/may-2026",
        "/issues/may-2026/opengraph-image",
        "/categories",
        "/categories/china",
        "/categories/china+future",
        "/categories/china/feed.xml",
        "/authors/ann",
        "/feed.xml",
        "/sitemap.xml",
        "/search",
      ]) {
        expect(purges(change, path), path).toBe(true);
      }
      expect(purges(change, "/privacy")).toBe(false);
    }
  });

  it("author, category and event edits purge the pages that show them (what the editor actions invalidate)", () => {
    const author = [tags.authors, tags.author("ann")];
    for (const path of ["/", "/issues/may-2026", "/authors/ann", "/feed.xml"]) expect(purges(author, path), path).toBe(true);
    const category = [tags.categories, tags.issueLists, tags.category("china")];
    for (const path of ["/", "/issues/may-2026", "/categories", "/categories/china", "/newsletter", "/events"])
      expect(purges(category, path), path).toBe(true);
    for (const path of ["/events", "/events/tour", "/issues/may-2026", "/sitemap.xml"])
      expect(purges([tags.events], path), path).toBe(true);
  });

  it("a publish purges only the issue's own page among issue pages' own tags", () => {
    expect(readerPathTags("/issues/may-2026")).toContain("issue:may-2026");
    expect(readerPathTags("/issues/other")).not.toContain("issue:may-2026");
    expect(readerPathTags("/categories/china+future")).toEqual(expect.arrayContaining(["category:china", "category:future"]));
  });

  it("pages with a personal token and non-reader paths stay private", () => {
    expect(readerCacheHeaders("/newsletter/confirm")["Cache-Control"]).toBe("private, no-store");
    expect(readerCacheHeaders("/newsletter/unsubscribe")).toEqual({ "Cache-Control": "private, no-store" });
    expect(readerPathTags("/editor/issues")).toBeUndefined();
    expect(readerCacheHeaders("/issues/may-2026")["Cache-Control"]).toMatch(
      /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/,
    );
    expect(readerCacheHeaders("/feed.xml")["Cache-Control"]).toMatch(/^public, max-age=300, s-maxage=\d+/);
  });
});
