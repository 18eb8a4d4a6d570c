/**
 * Lists over an archive larger than a page: the reader's paginated queries and the editor's
 * issue list return disjoint pages whose sizes stay fixed, with totals that match.
 */
import { describe, expect, it } from "vitest";
import { countIssuesForEditor, listIssuesForEditor } from "@/db/queries/issues/editor";
import { countPublishedByAuthor } from "@/db/queries/known-paths";
import { countPublishedIssues, listPublishedIssueSlugs, listPublishedIssues } from "@/db/queries/issues/reader";
import { applySeed } from "@/db/seed/apply";
import { syntheticContent } from "@/db/seed/synthetic";
import { getDatabaseIdentity, renewCacheEpoch } from "@/db/queries/cache-identity";
import { databaseForThisFile } from "../support/database";

const COUNT = 260;
const database = databaseForThisFile(async (db) => {
  await applySeed(db, syntheticContent({ count: COUNT, slugPrefix: "l-" }));
});

describe(`archive lists (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("reader lists page through categories, authors and the sitemap slugs without overlap", async () => {
    expect(await countPublishedIssues()).toBe(COUNT);
    const china = await countPublishedIssues(["china"]);
    expect(china).toBeGreaterThan(24);
    const pages = [0, 1, 2].map((p) => listPublishedIssues({ limit: 12, offset: p * 12, categorySlugs: ["china"] }));
    const slugs = (await Promise.all(pages)).map((page) => page.map((i) => i.slug));
    expect(slugs.map((s) => s.length)).toEqual([12, 12, Math.min(12, china - 24)]);
    expect(new Set(slugs.flat()).size).toBe(slugs.flat().length);
    for (const page of await Promise.all(pages)) for (const issue of page) expect(issue.categories.map((c) => c.slug)).toContain("china");
    // A combination counts each issue once, however many of its categories it has.
    const both = await countPublishedIssues(["china", "future"]);
    expect(both).toBeLessThanOrEqual(china + (await countPublishedIssues(["future"])));
    expect(both).toBeGreaterThanOrEqual(china);
    const byAuthor = await countPublishedByAuthor("mei-lin-hartmann");
    expect(byAuthor).toBeGreaterThan(0);
    expect(byAuthor).toBeLessThan(COUNT);
    const sitemap = [
      ...(await listPublishedIssueSlugs(0, 100)),
      ...(await listPublishedIssueSlugs(100, 100)),
      ...(await listPublishedIssueSlugs(200, 100)),
    ];
    expect(new Set(sitemap.map((s) => s.slug)).size).toBe(COUNT);
  });

  it("the editor's list pages by 50, caps what a caller asks for, and counts what it filters", async () => {
    expect(await countIssuesForEditor()).toBe(COUNT);
    const first = await listIssuesForEditor({ limit: 50, offset: 0 });
    const second = await listIssuesForEditor({ limit: 50, offset: 50 });
    expect(first).toHaveLength(50);
    expect(second.filter((i) => first.some((f) => f.id === i.id))).toEqual([]);
    expect(await listIssuesForEditor({ limit: 100_000 })).toHaveLength(100);
    const title = first[0].title;
    expect(await countIssuesForEditor({ q: title })).toBeGreaterThanOrEqual(1);
    expect((await listIssuesForEditor({ q: title })).map((i) => i.title)).toContain(title);
    expect(await countIssuesForEditor({ status: "draft" })).toBe(0);
  });

  it("the database's identity is stable until an import draws a new epoch", async () => {
    const { db } = database();
    const identity = await getDatabaseIdentity(db);
    expect(await getDatabaseIdentity(db)).toBe(identity);
    await renewCacheEpoch(db);
    expect(await getDatabaseIdentity(db)).not.toBe(identity);
  });
});
