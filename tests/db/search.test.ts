import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySeed } from "@/db/seed/apply";
import { demoContent } from "@/db/seed/demo";
import { HIT_END, HIT_START, searchPublished, type SearchHit } from "@/db/queries/search";
import { normalizeSearchQuery } from "@/lib/reader/search-query";
import { createTestDatabase, type TestDatabase } from "../support/database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await applySeed(t.db, demoContent);
});
afterAll(async () => {
  await t.close();
});

describe(`search (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("finds a section by a stemmed word of its body and says which section it is", async () => {
    const hits = await searchPublished("superconductors");
    const hit = hits.find((h) => h.kind === "section");
    expect(hit?.issueSlug).toBe("chinese-innovation-news-february-2025");
    expect(hit?.sectionNumber).toBe(4);
    expect(hit?.snippet).toContain(`${HIT_START}`);
    expect(hit?.snippet).toContain(HIT_END);
  });

  it("finds roundup items and points at their roundup section", async () => {
    const hit = (await searchPublished("Rokid glasses")).find((h) => h.kind === "item");
    expect(hit?.title).toBe("Rokid glasses for presenters");
    expect(hit?.sectionNumber).toBe(8);
  });

  it("pages: the second page continues the first in rank order, nothing twice, and a page past the end is empty", async () => {
    const key = (h: SearchHit) => `${h.kind}|${h.issueSlug}|${h.title}|${h.rank}`;
    const all = await searchPublished("chinese", 60);
    expect(all.length).toBeGreaterThan(30);
    const first = await searchPublished("chinese", 30, 0);
    const second = await searchPublished("chinese", 30, 30);
    expect(first).toHaveLength(30);
    expect([...first, ...second].map(key)).toEqual(all.map(key));
    expect(await searchPublished("chinese", 30, 600)).toEqual([]);
    // Not a page a caller can ask for: nothing, not an error.
    for (const offset of [-1, 1.5, 5000]) expect(await searchPublished("chinese", 30, offset)).toEqual([]);
  });

  it("never finds drafts", async () => {
    expect((await searchPublished("draft section")).some((h) => h.issueSlug.startsWith("draft-"))).toBe(false);
  });

  it.each(['"unbalanced', "star or -", "' OR 1=1; DROP TABLE issues; --", "🚀", "%_\\", "a & b | !c", "the", ":*"])(
    "answers %s without an error",
    async (q) => {
      await expect(searchPublished(normalizeSearchQuery(q).query)).resolves.toBeInstanceOf(Array);
    },
  );

  it("caps long queries and strips control characters", () => {
    const long = normalizeSearchQuery("x".repeat(2000));
    expect(long.shortened).toBe(true);
    expect(long.query).toHaveLength(200);
    expect(normalizeSearchQuery("a\u0000b\nc").query).toBe("a b c");
    expect(normalizeSearchQuery("   ").empty).toBe(true);
  });
});
