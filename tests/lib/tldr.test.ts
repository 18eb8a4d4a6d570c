import { describe, expect, it } from "vitest";
import { deriveTldr, numberSections } from "@/lib/tldr";

const s = (kind: "story" | "roundup" | "callout", title: string, tldr: string | null = null) => ({ kind, title, tldr });

describe("deriveTldr", () => {
  it("numbers stories and roundups in order and skips callouts", () => {
    const entries = deriveTldr([s("story", "A", "Alpha"), s("callout", "Promo"), s("story", "B", "Beta"), s("roundup", "C", "Gamma")]);
    expect(entries).toEqual([
      { number: 1, anchor: "section-1", headline: "Alpha" },
      { number: 2, anchor: "section-2", headline: "Beta" },
      { number: 3, anchor: "section-3", headline: "Gamma" },
    ]);
  });

  it("falls back to the title when the TL;DR line is missing or blank", () => {
    expect(deriveTldr([s("story", "Title one", null), s("story", "Title two", "   ")]).map((e) => e.headline)).toEqual([
      "Title one",
      "Title two",
    ]);
  });

  it("is empty for an issue with only a callout", () => {
    expect(deriveTldr([s("callout", "Promo")])).toEqual([]);
  });

  it("gives sections the same numbers the TL;DR links to", () => {
    const numbered = numberSections([s("callout", "P"), s("story", "A"), s("story", "B")]);
    expect(numbered.map((x) => x.number)).toEqual([null, 1, 2]);
  });
});
