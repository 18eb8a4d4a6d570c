import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { applySeed, type SeedContent } from "@/db/seed/apply";
import { countPublishedIssues, getPublishedIssueBySlug, listPublishedIssueSlugs, listPublishedIssues } from "@/db/queries/issues/reader";
import { listCategoriesWithCounts } from "@/db/queries/categories";
import { getNextUpcomingEvent, listPastEvents, listUpcomingEvents } from "@/db/queries/events";
import { databaseForThisFile } from "../support/database";

const story = (title: string, body = "Body text.") => ({ kind: "story" as const, title, tldr: `${title} in one line`, body });

const fixture: SeedContent = {
  categories: [
    { slug: "china", name: "China", description: "", position: 0 },
    { slug: "future", name: "Future", description: "", position: 1 },
    { slug: "space", name: "Space", description: "", position: 2 },
  ],
  authors: [{ slug: "ann", name: "Ann Writer", bio: "Writes.", photo: null, photoAlt: "", links: [] }],
  events: [
    {
      slug: "past",
      title: "Past tour",
      startsAt: "2020-01-01",
      endsAt: "2020-01-05",
      location: "Shanghai",
      summary: "",
      url: null,
      isNew: false,
    },
    {
      slug: "soon",
      title: "Soon tour",
      startsAt: "2099-03-01",
      endsAt: "2099-03-05",
      location: "Beijing",
      summary: "",
      url: null,
      isNew: true,
    },
    {
      slug: "later",
      title: "Later tour",
      startsAt: "2099-06-01",
      endsAt: "2099-06-05",
      location: "Shenzhen",
      summary: "",
      url: null,
      isNew: false,
    },
  ],
  issues: [
    {
      slug: "older",
      title: "Older issue",
      summary: "An older one.",
      publishedAt: "2025-01-10T08:00:00Z",
      status: "published",
      categories: ["space", "china"],
      authorSlug: "ann",
      sections: [story("Rockets"), { kind: "callout", title: "Promo", body: "Buy." }],
    },
    {
      slug: "newer",
      title: "Newer issue",
      summary: "A newer one.",
      publishedAt: "2025-02-10T08:00:00Z",
      status: "published",
      categories: ["future"],
      authorSlug: "ann",
      sections: [
        story("Second section", "Comes second."),
        {
          kind: "roundup",
          title: "Roundup",
          tldr: "Many things",
          body: "",
          items: [
            { title: "Item B", body: "b", sourceUrl: "https://example.com/b" },
            { title: "Item C", body: "c" },
          ],
        },
      ],
    },
    {
      slug: "a-draft",
      title: "Secret draft",
      summary: "Not yet.",
      publishedAt: "2025-03-10T08:00:00Z",
      status: "draft",
      categories: ["china"],
      authorSlug: "ann",
      sections: [story("Hidden")],
    },
  ],
};

const t = databaseForThisFile((db) => applySeed(db, fixture));

describe(`reader queries (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("lists published issues newest first and never a draft", async () => {
    const list = await listPublishedIssues({ limit: 10 });
    expect(list.map((i) => i.slug)).toEqual(["newer", "older"]);
    expect(await countPublishedIssues()).toBe(2);
    expect((await listPublishedIssueSlugs(0, 100)).map((r) => r.slug)).toEqual(["newer", "older"]);
  });

  it("gives each card its categories in order (primary first), author and reading words", async () => {
    const [, older] = await listPublishedIssues({ limit: 10 });
    expect(older.categories.map((c) => c.slug)).toEqual(["space", "china"]);
    expect(older.authorName).toBe("Ann Writer");
    expect(older.words).toBeGreaterThan(3);
  });

  it("filters by any of several categories and pages with limit/offset", async () => {
    expect((await listPublishedIssues({ limit: 10, categorySlugs: ["china"] })).map((i) => i.slug)).toEqual(["older"]);
    expect((await listPublishedIssues({ limit: 10, categorySlugs: ["china", "future"] })).map((i) => i.slug)).toEqual(["newer", "older"]);
    expect(await countPublishedIssues(["future"])).toBe(1);
    expect((await listPublishedIssues({ limit: 1, offset: 1 })).map((i) => i.slug)).toEqual(["older"]);
  });

  it("returns one published issue with ordered sections and roundup items, and null for a draft or unknown slug", async () => {
    const issue = await getPublishedIssueBySlug("newer");
    expect(issue?.sections.map((s) => s.title)).toEqual(["Second section", "Roundup"]);
    expect(issue?.sections[1].items.map((i) => i.title)).toEqual(["Item B", "Item C"]);
    expect(issue?.categories.map((c) => c.slug)).toEqual(["future"]);
    expect(issue?.author?.name).toBe("Ann Writer");
    expect(await getPublishedIssueBySlug("a-draft")).toBeNull();
    expect(await getPublishedIssueBySlug("nope")).toBeNull();
  });

  it("counts only published issues per category", async () => {
    const counts = Object.fromEntries((await listCategoriesWithCounts()).map((c) => [c.slug, c.issueCount]));
    expect(counts).toEqual({ china: 1, future: 1, space: 1 });
  });

  it("finds the next upcoming event, and splits upcoming from past", async () => {
    expect((await getNextUpcomingEvent("2026-01-01"))?.slug).toBe("soon");
    expect((await getNextUpcomingEvent("2099-03-04"))?.slug).toBe("soon");
    expect(await getNextUpcomingEvent("2100-01-01")).toBeNull();
    expect((await listUpcomingEvents("2026-01-01")).map((e) => e.slug)).toEqual(["soon", "later"]);
    expect((await listPastEvents("2026-01-01")).map((e) => e.slug)).toEqual(["past"]);
  });

  it("keeps a generated full-text vector that matches stemmed words in sections and items", async () => {
    const sections = await t().db.execute<{ title: string }>(
      sql`select title from sections where search @@ websearch_to_tsquery('english', 'rocket')`,
    );
    expect(sections.rows.map((r) => r.title)).toEqual(["Rockets"]);
    const items = await t().db.execute<{ title: string }>(
      sql`select title from section_items where search @@ websearch_to_tsquery('english', 'item c')`,
    );
    expect(items.rows.map((r) => r.title)).toEqual(["Item C"]);
  });
});
