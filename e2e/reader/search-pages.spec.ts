/**
 * Search results past the first 30: the reader follows "More results" and back, and a page that
 * is not one (a word, out of range, past the end) says what happened instead of failing.
 * Its own client address (the e2e server trusts X-Forwarded-For), so the other search tests'
 * per-minute count is not touched.
 */
import { expect, test } from "@playwright/test";

test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.61" } });

const heading = (page: import("@playwright/test").Page) => page.getByRole("heading", { level: 2 }).first();
const hitTitles = (page: import("@playwright/test").Page) => page.locator("ol h3").allTextContents();

test("a search with more than 30 hits pages forward and back", async ({ page }) => {
  await page.goto("/search?q=chinese");
  await expect(heading(page)).toHaveText("Results 1–30 for “chinese”");
  const firstPage = await hitTitles(page);
  expect(firstPage).toHaveLength(30);
  await expect(page.getByRole("link", { name: "← Previous results" })).toHaveCount(0);

  await page.getByRole("link", { name: "More results →" }).click();
  await expect(page).toHaveURL(/\/search\?q=chinese&page=2$/);
  await expect(heading(page)).toHaveText(/^Results 31–\d+ for “chinese”$/);
  const secondPage = await hitTitles(page);
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.length).toBeLessThanOrEqual(30);
  // The numbering goes on from the first page.
  await expect(page.locator("ol")).toHaveAttribute("start", "31");
  await expect(page.getByRole("link", { name: "More results →" })).toHaveCount(0);

  await page.getByRole("link", { name: "← Previous results" }).click();
  await expect(page).toHaveURL(/\/search\?q=chinese$/);
  await expect(heading(page)).toHaveText("Results 1–30 for “chinese”");
  expect(await hitTitles(page)).toEqual(firstPage);
});

test("a page that is not a page shows the first; a page past the end says so and leads back", async ({ page }) => {
  for (const bad of ["abc", "0", "-2", "2.5", "99"]) {
    const response = await page.goto(`/search?q=chinese&page=${bad}`);
    expect(response?.status(), bad).toBe(200);
    await expect(heading(page), bad).toHaveText("Results 1–30 for “chinese”");
  }
  await page.goto("/search?q=chinese&page=5");
  await expect(heading(page)).toHaveText("No more results for “chinese”");
  await page.getByRole("link", { name: "Back to the first results" }).click();
  await expect(heading(page)).toHaveText("Results 1–30 for “chinese”");
});

test("a search with fewer hits than a page shows its count and no page links", async ({ page }) => {
  await page.goto("/search?q=superconductor");
  await expect(heading(page)).toHaveText(/^\d+ results? for “superconductor”$/);
  await expect(page.getByRole("navigation", { name: "More results" })).toHaveCount(0);
});
