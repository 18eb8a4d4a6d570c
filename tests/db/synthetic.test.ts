import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { applySeed } from "@/db/seed/apply";
import { demoContent } from "@/db/seed/demo";
import { SYNTHETIC_ITEMS_PER_ROUNDUP, SYNTHETIC_SECTIONS_PER_ISSUE, syntheticContent } from "@/db/seed/synthetic";
import { getPublishedIssueBySlug, listPublishedIssues } from "@/db/queries/issues/reader";
import { searchPublished } from "@/db/queries/search";
import { databaseKeptAcrossTests } from "../support/database";

const t = databaseKeptAcrossTests();

async function counts() {
  const r = await t().db.execute<Record<string, number>>(sql`select
    (select count(*) from issues)::int as issues, (select count(*) from sections)::int as sections,
    (select count(*) from section_items)::int as items, (select count(*) from issue_categories)::int as links`);
  return r.rows[0];
}

describe("the synthetic archive (pure)", () => {
  it("is the same for the same seed and different for another", () => {
    const a = syntheticContent({ count: 40, seed: 7 });
    expect(syntheticContent({ count: 40, seed: 7 })).toEqual(a);
    expect(syntheticContent({ count: 40, seed: 8 }).issues[0].sections[0].body).not.toBe(a.issues[0].sections[0].body);
    // A larger archive starts with the same issues: counts can be compared run to run.
    expect(syntheticContent({ count: 80, seed: 7 }).issues.slice(0, 40)).toEqual(a.issues);
  });

  it("makes the asked number of published issues, newest first, with bounded card text", () => {
    const { issues } = syntheticContent({ count: 300, slugPrefix: "s-", startDate: "2020-06-01T08:00:00Z" });
    expect(issues).toHaveLength(300);
    expect(new Set(issues.map((i) => i.slug)).size).toBe(300);
    expect(issues[0].slug).toBe("s-00001");
    expect(issues[0].publishedAt).toBe("2020-06-01T08:00:00.000Z");
    expect(issues[1].publishedAt).toBe("2020-05-25T08:00:00.000Z");
    expect(issues.every((i) => i.status === "published")).toBe(true);
    const demoCategories = new Set(demoContent.categories.map((c) => c.slug));
    for (const issue of issues) {
      expect(issue.title.length).toBeLessThanOrEqual(72);
      expect(issue.summary.length).toBeGreaterThanOrEqual(160);
      expect(issue.summary.length).toBeLessThanOrEqual(240);
      expect(issue.categories.length).toBeGreaterThanOrEqual(1);
      expect(issue.categories.length).toBeLessThanOrEqual(3);
      expect(issue.categories.every((c) => demoCategories.has(c))).toBe(true);
      expect(issue.sections).toHaveLength(SYNTHETIC_SECTIONS_PER_ISSUE);
      expect(
        issue.sections.slice(0, 7).every((s) => s.kind === "story" && s.tldr && /^https:\/\/example\.(com|org)\//.test(s.sourceUrl ?? "")),
      ).toBe(true);
      const roundup = issue.sections[7];
      expect(roundup.kind === "roundup" && roundup.items.length).toBe(SYNTHETIC_ITEMS_PER_ROUNDUP);
    }
    // Every category and both demo authors are used, and some stories carry a demo figure.
    expect(new Set(issues.flatMap((i) => i.categories))).toEqual(demoCategories);
    expect(new Set(issues.map((i) => i.authorSlug))).toEqual(new Set(demoContent.authors.map((a) => a.slug)));
    const figures = issues.flatMap((i) => i.sections).filter((s) => s.kind === "story" && s.figure);
    expect(figures.length).toBeGreaterThan(100);
    expect(figures.every((s) => s.kind === "story" && s.figure?.image.startsWith("/demo/2025-02/"))).toBe(true);
  });

  it("uses rare and common words at different rates, as real text does", () => {
    const text = syntheticContent({ count: 200 }).issues.flatMap((i) => i.sections.map((s) => s.body.toLowerCase()));
    const share = (word: string) => text.filter((b) => b.includes(word)).length / text.length;
    expect(share("superconductor")).toBeGreaterThan(0.005);
    expect(share("superconductor")).toBeLessThan(0.08);
    expect(share("battery")).toBeGreaterThan(share("superconductor") * 2);
    expect(share("quantum")).toBeGreaterThan(0.01);
  });
});

describe(`loading the synthetic archive (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("loads beside the demo in batches, once, and every row is there", async () => {
    await applySeed(t().db, demoContent);
    const demo = await counts();
    // 600 issues: more than two loader batches of 250, so the batch joins are exercised.
    const content = syntheticContent({ count: 600, slugPrefix: "syn-" });
    const first = await applySeed(t().db, content);
    expect(first.issues).toBe(600);
    expect(first.categories).toBe(0);
    const loaded = await counts();
    expect(loaded.issues - demo.issues).toBe(600);
    expect(loaded.sections - demo.sections).toBe(600 * SYNTHETIC_SECTIONS_PER_ISSUE);
    expect(loaded.items - demo.items).toBe(600 * SYNTHETIC_ITEMS_PER_ROUNDUP);
    expect(loaded.links - demo.links).toBe(content.issues.reduce((n, i) => n + i.categories.length, 0));

    expect(await applySeed(t().db, content)).toEqual({ categories: 0, authors: 0, events: 0, issues: 0 });
    expect(await counts()).toEqual(loaded);
  });

  it("reads back like the generated content: sections in order, items under their roundup", async () => {
    const want = syntheticContent({ count: 600, slugPrefix: "syn-" }).issues[456];
    const got = await getPublishedIssueBySlug(want.slug);
    expect(got?.title).toBe(want.title);
    expect(got?.categories.map((c) => c.slug)).toEqual(want.categories);
    expect(got?.author?.slug).toBe(want.authorSlug);
    expect(got?.sections.map((s) => s.title)).toEqual(want.sections.map((s) => s.title));
    const roundup = want.sections[7];
    expect(got?.sections[7].items.map((i) => i.title)).toEqual(roundup.kind === "roundup" ? roundup.items.map((i) => i.title) : []);
  });

  it("sits behind the demo in the lists and is found by search", async () => {
    const latest = await listPublishedIssues({ limit: 15 });
    expect(latest.every((i) => !i.slug.startsWith("syn-"))).toBe(true);
    const hits = await searchPublished("superconductor");
    expect(hits.length).toBe(30);
    expect(hits.some((h) => h.issueSlug.startsWith("syn-"))).toBe(true);
  });
});
