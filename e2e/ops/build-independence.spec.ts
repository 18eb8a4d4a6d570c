/**
 * One build serves any database and any address: the build the suite's own server made is
 * started again with other SITE_URLs and other databases, as an operator would, and read as a
 * reader or a crawler would.
 */
import { expect, test } from "@playwright/test";
import { renameSync } from "node:fs";
import { demoIssues } from "../../db/seed/content/issues";
import { baseURL as suiteURL } from "../../playwright.config";
import { crawlIssueLinks, removeDataDir, seedSynthetic, startServer, tempDataDir } from "./servers";

test.describe.configure({ timeout: 300_000 });

const february = "chinese-innovation-news-february-2025";
const demoSlugs = demoIssues.map((i) => i.slug);

/** The answer, with React's text separators (`<!-- -->`) taken out of the body. */
async function text(url: string): Promise<{ status: number; body: string; headers: Headers }> {
  const response = await fetch(url, { redirect: "manual" });
  return { status: response.status, body: (await response.text()).replaceAll("<!-- -->", ""), headers: response.headers };
}

test("one build started with two SITE_URLs serves each its own address from the first request", async () => {
  const dirs = [tempDataDir("alpha"), tempDataDir("beta")];
  const alpha = await startServer({ dataDir: dirs[0], siteUrl: "http://alpha.example:8080" });
  const beta = await startServer({ dataDir: dirs[1], siteUrl: "https://beta.example" });
  try {
    const sites = [
      { server: alpha, origin: "http://alpha.example:8080", other: "beta.example" },
      { server: beta, origin: "https://beta.example", other: "alpha.example" },
    ];
    for (const { server, origin, other } of sites) {
      for (const path of [
        "/",
        `/issues/${february}`,
        "/categories/china",
        "/feed.xml",
        "/categories/china/feed.xml",
        "/sitemap.xml",
        "/robots.txt",
      ]) {
        const { status, body } = await text(server.url + path);
        expect(status, path).toBe(200);
        expect(body, `${path} names ${origin}`).toContain(origin);
        expect(body, `${path} never names the other address`).not.toContain(other);
        // Nor the address the build was made with (the suite's own server).
        expect(body, `${path} never names the build's address`).not.toContain(suiteURL);
      }
      const issue = (await text(`${server.url}/issues/${february}`)).body;
      expect(issue).toContain(`<link rel="canonical" href="${origin}/issues/${february}"`);
      expect(issue).toMatch(
        new RegExp(`<meta property="og:image" content="${origin.replace(/[.:/]/g, "\\$&")}/issues/${february}/opengraph-image`),
      );
      expect(JSON.parse(issue.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]).url).toBe(`${origin}/issues/${february}`);
      expect((await text(`${server.url}/robots.txt`)).body).toContain(`Sitemap: ${origin}/sitemap.xml`);
    }
    // HSTS and upgrade-insecure-requests only where the address is https.
    const plain = (await text(`${alpha.url}/`)).headers;
    const secure = (await text(`${beta.url}/`)).headers;
    expect(plain.get("strict-transport-security")).toBeNull();
    expect(plain.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
    expect(secure.get("strict-transport-security")).toMatch(/max-age=\d+/);
    expect(secure.get("content-security-policy")).toContain("upgrade-insecure-requests");
  } finally {
    await Promise.all([alpha.stop(), beta.stop()]);
    dirs.forEach(removeDataDir);
  }
});

test("after the database is swapped under the same DATA_DIR, every issue on every list is one of the new database's", async () => {
  const dataDir = tempDataDir("swap");
  // Database A: the demo (an empty database gets it at start).
  let server = await startServer({ dataDir });
  const before = await crawlIssueLinks(server.url);
  expect([...before.issues]).toContain(`/issues/${february}`);
  await server.stop();

  // Database B in the same place, as after restoring another backup: other issues entirely.
  renameSync(dataDir, `${dataDir}-a`);
  seedSynthetic(dataDir, 40, "b-");
  server = await startServer({ dataDir });
  try {
    const after = await crawlIssueLinks(server.url);
    expect(after.pages.length).toBeGreaterThan(5);
    expect(after.issues.size).toBeGreaterThanOrEqual(12);
    for (const link of after.issues) {
      expect(link, "only B's issues").toMatch(/^\/issues\/b-/);
      expect(demoSlugs).not.toContain(link.slice("/issues/".length));
      expect((await fetch(server.url + link)).status, link).toBe(200);
    }
  } finally {
    await server.stop();
    removeDataDir(dataDir);
  }
});

test("category pages paginate, end with a real 404, and page 1 does not grow with 1,000 more issues", async () => {
  const dataDir = tempDataDir("pages");
  seedSynthetic(dataDir, 80, "p-");
  let server = await startServer({ dataDir });
  let firstSize: number;
  try {
    const page1 = await text(`${server.url}/categories/china`);
    expect(page1.status).toBe(200);
    firstSize = page1.body.length;
    const total = Number(page1.body.match(/([\d,]+) issues?, newest first · page 1 of (\d+)/)![1].replace(/,/g, ""));
    const pages = Number(page1.body.match(/page 1 of (\d+)/)![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBe(Math.ceil(total / 12));
    expect(page1.body).toContain('<link rel="next" href="/categories/china/page/2"');

    const page2 = await text(`${server.url}/categories/china/page/2`);
    expect(page2.status).toBe(200);
    expect(page2.body).toContain('<link rel="canonical" href="http://127.0.0.1');
    expect(page2.body).toMatch(/<link rel="canonical" href="[^"]+\/categories\/china\/page\/2"/);
    expect(page2.body).toContain('<link rel="prev" href="/categories/china"');
    // Different issues on the two pages.
    const slugsOf = (html: string) => new Set([...html.matchAll(/href="\/issues\/(p-[^"]+)"/g)].map((m) => m[1]));
    const overlap = [...slugsOf(page1.body)].filter((s) => slugsOf(page2.body).has(s));
    expect(overlap).toEqual([]);

    expect((await text(`${server.url}/categories/china/page/${pages + 1}`)).status).toBe(404);
    expect((await text(`${server.url}/categories/china/page/0`)).status).toBe(404);
    expect((await text(`${server.url}/categories/china/page/two`)).status).toBe(404);
    const one = await text(`${server.url}/categories/china/page/1`);
    expect(one.status).toBe(308);
    expect(one.headers.get("location")).toMatch(/\/categories\/china$/);
    // A combination paginates too, and its chips still lead to single categories.
    const combo = await text(`${server.url}/categories/china+future`);
    expect(combo.status).toBe(200);
    expect(combo.body).toContain('href="/categories/future"');
    const reordered = await text(`${server.url}/categories/future+china/page/2`);
    expect(reordered.status).toBe(308);
    expect(reordered.headers.get("location")).toMatch(/\/categories\/china\+future\/page\/2$/);
  } finally {
    await server.stop();
  }

  seedSynthetic(dataDir, 1_000, "q-");
  server = await startServer({ dataDir });
  try {
    const page1 = await text(`${server.url}/categories/china`);
    expect(page1.status).toBe(200);
    console.log(`category page 1: ${firstSize} bytes at 80 issues, ${page1.body.length} at 1,080`);
    // Twelve cards either way: other titles and summaries (a few % either way, 167,970 → 162,882
    // bytes here) and counts a few digits longer. A page that grew with the archive would be
    // several times larger (it was 3 MB at 2,000 issues before pagination).
    expect(page1.body.length).toBeLessThan(firstSize * 1.03);
    expect(page1.body.length).toBeGreaterThan(firstSize * 0.9);
    const pages = Number(page1.body.match(/page 1 of (\d+)/)![1]);
    expect(pages).toBeGreaterThan(20);
    // The pagination bar stays short however many pages there are.
    expect(page1.body.match(/aria-label="Page \d+"/g)!.length).toBeLessThanOrEqual(9);
    expect((await text(`${server.url}/categories/china/page/${pages}`)).status).toBe(200);
    expect((await text(`${server.url}/categories/china/page/${pages + 1}`)).status).toBe(404);
  } finally {
    await server.stop();
    removeDataDir(dataDir);
  }
});
