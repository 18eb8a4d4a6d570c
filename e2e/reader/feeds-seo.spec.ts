import { expect, test } from "@playwright/test";
import Parser from "rss-parser";
import { demoIssues } from "../../db/seed/content/issues";

const published = demoIssues.filter((i) => i.status === "published");
const february = "chinese-innovation-news-february-2025";

test("the site feed parses and carries the latest issues with summary, categories and author", async ({ request, baseURL }) => {
  const response = await request.get("/feed.xml");
  expect(response.headers()["content-type"]).toContain("application/rss+xml");
  const feed = await new Parser().parseString(await response.text());
  expect(feed.items).toHaveLength(Math.min(20, published.length));
  const item = feed.items.find((i) => i.link === `${baseURL}/issues/${february}`)!;
  expect(item.title).toBe("Chinese Innovation News – February 2025");
  expect(item.contentSnippet || item.content).toBeTruthy();
  // Categories carry a domain attribute (the category page), so the parser gives objects.
  const categories = (item.categories as Array<string | { _: string }>).map((c) => (typeof c === "string" ? c : c._));
  expect(categories).toEqual(expect.arrayContaining(["China", "Future"]));
  expect(item.creator ?? (item as { author?: string }).author).toBeTruthy();
});

test("a category feed parses and holds only that category", async ({ request }) => {
  const feed = await new Parser().parseString(await (await request.get("/categories/space/feed.xml")).text());
  expect(feed.items.length).toBe(published.filter((i) => i.categories.includes("space")).length);
  expect((await request.get("/categories/nope/feed.xml")).status()).toBe(404);
});

test("pages advertise the feed, a canonical URL and social cards", async ({ page, baseURL }) => {
  await page.goto(`/issues/${february}`);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute("href", /feed\.xml$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/issues/${february}`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /February 2025/);
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute("content", /opengraph-image/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
  const types = ld.map((t) => JSON.parse(t)["@type"]);
  expect(types).toEqual(expect.arrayContaining(["NewsArticle", "BreadcrumbList"]));
  const article = JSON.parse(ld.find((t) => t.includes("NewsArticle"))!);
  expect(article.author[0].name).toBe("Mei Lin Hartmann");
  expect(article.datePublished).toBe("2025-03-24T08:00:00.000Z");

  for (const path of ["/", "/issues", "/categories/china", "/events", "/authors/mei-lin-hartmann"]) {
    await page.goto(path);
    await expect(page.locator('meta[property="og:title"]'), path).toHaveCount(1);
    await expect(page.locator('link[rel="canonical"]'), path).toHaveCount(path === "/" ? 0 : 1);
  }
});

test("the issue's Open Graph image is a PNG", async ({ page, request }) => {
  await page.goto(`/issues/${february}`);
  const image = await page.locator('meta[property="og:image"]').first().getAttribute("content");
  expect(image).toMatch(new RegExp(`/issues/${february}/opengraph-image`));
  const response = await request.get(new URL(image!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect((await response.body()).subarray(1, 4).toString()).toBe("PNG");
});

test("sitemap lists every published issue and robots keeps crawlers out of the editor", async ({ request, baseURL }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const issue of published) expect(sitemap).toContain(`${baseURL}/issues/${issue.slug}</loc>`);
  for (const draft of demoIssues.filter((i) => i.status === "draft")) expect(sitemap).not.toContain(draft.slug);
  expect(sitemap).toContain("<lastmod>");
  expect(sitemap).toContain(`${baseURL}/authors/mei-lin-hartmann`);
  expect(sitemap).toContain(`${baseURL}/events/`);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Disallow: \/editor/);
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});
