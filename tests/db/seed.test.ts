import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { applySeed } from "@/db/seed/apply";
import { demoContent } from "@/db/seed/demo";
import { getPublishedIssueBySlug } from "@/db/queries/issues/reader";
import { listCategoriesWithCounts } from "@/db/queries/categories";
import { listPastEvents, listUpcomingEvents } from "@/db/queries/events";
import { deriveTldr } from "@/lib/tldr";
import { todayUtc } from "@/lib/format";
import { databaseKeptAcrossTests } from "../support/database";

const t = databaseKeptAcrossTests();

async function counts() {
  const result = await t().db.execute<Record<string, number>>(sql`select
    (select count(*) from issues)::int as issues, (select count(*) from sections)::int as sections,
    (select count(*) from section_items)::int as items, (select count(*) from categories)::int as categories,
    (select count(*) from authors)::int as authors, (select count(*) from events)::int as events,
    (select count(*) from issue_categories)::int as links,
    (select max(updated_at)::text from issues) as updated`);
  return result.rows[0];
}

describe(`the demo seed (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("loads everything once, and a second run changes nothing", async () => {
    const first = await applySeed(t().db, demoContent);
    expect(first.issues).toBe(demoContent.issues.length);
    const before = await counts();
    const second = await applySeed(t().db, demoContent, new Date(Date.now() + 40 * 86_400_000));
    expect(second).toEqual({ categories: 0, authors: 0, events: 0, issues: 0 });
    expect(await counts()).toEqual(before);
  });

  it("models the February 2025 edition completely", async () => {
    const issue = await getPublishedIssueBySlug("chinese-innovation-news-february-2025");
    expect(issue?.title).toBe("Chinese Innovation News – February 2025");
    expect(issue?.categories.map((c) => c.slug)).toEqual(["china", "future"]);
    const tldr = deriveTldr(issue!.sections);
    expect(tldr).toHaveLength(8);
    const numbered = issue!.sections.filter((s) => s.kind !== "callout");
    expect(numbered.every((s) => s.tldr && s.tldr !== s.title && /^https?:\/\//.test(s.sourceUrl ?? ""))).toBe(true);
    expect(numbered[7].kind).toBe("roundup");
    expect(numbered[7].items.length).toBeGreaterThanOrEqual(8);
    expect(issue!.sections.at(-1)?.kind).toBe("callout");
    const figures = issue!.sections.filter((s) => s.image);
    expect(figures.length).toBeGreaterThanOrEqual(3);
    expect(figures.every((s) => s.caption && s.credit && s.imageAlt && s.imageWidth && s.imageHeight)).toBe(true);
    expect(issue!.author?.photo).toBeTruthy();
  });

  it("gives every category several published issues across at least five months", async () => {
    const categories = await listCategoriesWithCounts();
    for (const slug of ["china", "future", "generative-ai", "space", "materials", "mobility"]) {
      expect(categories.find((c) => c.slug === slug)?.issueCount, slug).toBeGreaterThanOrEqual(3);
    }
    const months = await t().db.execute<{ n: number }>(
      sql`select count(distinct date_trunc('month', published_at))::int as n from issues where status = 'published'`,
    );
    expect(months.rows[0].n).toBeGreaterThanOrEqual(5);
    const drafts = await t().db.execute<{ n: number }>(sql`select count(*)::int as n from issues where status = 'draft'`);
    expect(drafts.rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it("always has two upcoming events and the past November 2025 tour", async () => {
    expect(await listUpcomingEvents(todayUtc())).toHaveLength(2);
    const past = await listPastEvents(todayUtc());
    expect(past.map((e) => [e.title, e.startsAt, e.endsAt, e.location])).toContainEqual([
      "China's Next Miracle Tour",
      "2025-11-16",
      "2025-11-21",
      "Shanghai, Beijing",
    ]);
  });
});
