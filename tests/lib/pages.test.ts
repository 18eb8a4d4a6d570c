import { describe, expect, it } from "vitest";
import { listPagePath, pageCount, pageWindow, parsePageNumber } from "@/lib/reader/pages";
import { issueFileCount, sitemapIndexXml, urlsetXml } from "@/lib/reader/sitemap";

describe("reader pagination", () => {
  it("counts pages, parses only plain numbers and names page 1 by the list's own path", () => {
    expect([pageCount(0), pageCount(12), pageCount(13), pageCount(10_000)]).toEqual([1, 1, 2, 834]);
    expect(["2", "02", "-1", "1e3", "two", "0", "1234567"].map(parsePageNumber)).toEqual([2, null, null, null, null, null, null]);
    expect([listPagePath("/categories/china", 1), listPagePath("/categories/china", 3)]).toEqual([
      "/categories/china",
      "/categories/china/page/3",
    ]);
  });

  it("shows at most nine numbers whatever the number of pages, with gaps marked", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(1, 834)).toEqual([1, 2, 3, null, 834]);
    expect(pageWindow(400, 834)).toEqual([1, null, 398, 399, 400, 401, 402, null, 834]);
    expect(pageWindow(5, 834)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 834]);
    for (const pages of [10, 100, 10_000])
      for (const page of [1, 2, pages / 2, pages]) expect(pageWindow(page, pages).filter((n) => n !== null).length).toBeLessThanOrEqual(9);
  });
});

describe("sitemap files", () => {
  it("escapes URLs and splits past 50,000 URLs into an index", () => {
    const xml = urlsetXml([{ url: "https://news.example/issues/a&b", lastModified: new Date("2025-03-24T08:00:00Z"), priority: 0.8 }]);
    expect(xml).toContain(
      "<loc>https://news.example/issues/a&amp;b</loc><lastmod>2025-03-24T08:00:00.000Z</lastmod><priority>0.8</priority>",
    );
    expect([issueFileCount(1), issueFileCount(50_000), issueFileCount(50_001), issueFileCount(120_000)]).toEqual([1, 1, 2, 3]);
    expect(sitemapIndexXml([{ url: "https://news.example/sitemaps/0.xml" }])).toMatch(
      /<sitemapindex [^>]+>\n<sitemap><loc>https:\/\/news.example\/sitemaps\/0.xml<\/loc><\/sitemap>/,
    );
  });
});
