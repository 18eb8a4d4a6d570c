import { expect, test } from "@playwright/test";
import { editionMonthOf, formatEditionMonth } from "../../model/edition-month";
import { demoIssues } from "../../db/seed/content/issues";

const published = demoIssues.filter((i) => i.status === "published");
const inAny = (slugs: string[]) => published.filter((i) => i.categories.some((c) => slugs.includes(c)));
const monthOf = (i: (typeof published)[number]) =>
  editionMonthOf({ editionMonth: i.editionMonth ?? null, title: i.title, publishedAt: new Date(i.publishedAt) });

test("a category page lists its issues by edition month, newest first, with counts on the chips", async ({ page }) => {
  await page.goto("/categories/china");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("China");
  const expected = inAny(["china"]).sort(
    (a, b) => monthOf(b).localeCompare(monthOf(a)) || Date.parse(b.publishedAt) - Date.parse(a.publishedAt),
  );
  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(expected.length);
  await expect(cards.getByRole("heading")).toHaveText(expected.map((i) => i.title));

  const filters = page.getByRole("navigation", { name: "Filter by category" });
  const china = filters.getByRole("link", { name: /^China/ });
  await expect(china).toHaveAttribute("aria-current", "page");
  await expect(china).toContainText(String(expected.length));
  await expect(filters.getByRole("link", { name: /^Future/ })).not.toHaveAttribute("aria-current", "page");
});

test("filters combine and un-combine by clicking chips, and the path holds the state", async ({ page }) => {
  await page.goto("/categories/china");
  const filters = page.getByRole("navigation", { name: "Filter by category" });

  await filters.getByRole("link", { name: /^Generative AI/ }).click();
  await expect(page).toHaveURL(/\/categories\/china\+generative-ai$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("China + Generative AI");
  await expect(page.getByRole("article")).toHaveCount(inAny(["china", "generative-ai"]).length);
  await expect(filters.getByRole("link", { name: /^Generative AI/ })).toHaveAttribute("aria-current", "page");

  // Remove China again: only Generative AI stays on.
  await filters.getByRole("link", { name: /^China/ }).click();
  await expect(page).toHaveURL(/\/categories\/generative-ai$/);
  await expect(page.getByRole("article")).toHaveCount(inAny(["generative-ai"]).length);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/issues$/);
});

test("the query form of a filter redirects permanently to the path form", async ({ request }) => {
  const response = await request.get("/issues?category=generative-ai,china", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toMatch(/\/categories\/generative-ai\+china$/);
  const canonical = await request.get("/categories/generative-ai+china", { maxRedirects: 0 });
  expect(canonical.status()).toBe(308);
  expect(canonical.headers().location).toMatch(/\/categories\/china\+generative-ai$/);
  expect((await request.get("/categories/no-such-topic")).status()).toBe(404);
});

test("the archive pages 12 issues at a time, grouped by month, and 404s outside its pages", async ({ page, request }) => {
  await page.goto("/issues");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("All issues");
  const onFirst = Math.min(12, published.length);
  await expect(page.getByRole("article")).toHaveCount(onFirst);
  const newest = [...published].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))[0];
  // Grouped under the month the edition covers (from its title), not the month it went out.
  const month = formatEditionMonth(editionMonthOf({ title: newest.title, publishedAt: new Date(newest.publishedAt) }));
  expect(month).not.toBe(new Date(newest.publishedAt).toLocaleString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }));
  await expect(page.getByRole("region", { name: month }).getByRole("heading", { name: newest.title })).toBeVisible();
  const pages = Math.ceil(published.length / 12);
  if (pages > 1) {
    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Page 2" }).click();
    await expect(page).toHaveURL(/\/issues\/page\/2$/);
    await expect(page.getByRole("article")).toHaveCount(Math.min(12, published.length - 12));
  }
  for (const bad of ["0", "-1", "1000000000", "two", String(pages + 1)]) {
    expect((await request.get(`/issues/page/${bad}`)).status(), `page ${bad}`).toBe(404);
  }
});

test("an author page shows the photo, bio, links and their issues", async ({ page }) => {
  await page.goto("/authors/mei-lin-hartmann");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mei Lin Hartmann");
  await expect(page.locator("header img")).toBeVisible();
  await expect(page.getByRole("list", { name: "Links" }).getByRole("link").first()).toHaveAttribute("target", "_blank");
  await expect(page.getByRole("article")).toHaveCount(published.filter((i) => i.authorSlug === "mei-lin-hartmann").length);
});

test("events list upcoming tours first with dates, cities and the New badge, past ones below", async ({ page }) => {
  await page.goto("/events");
  const upcoming = page.getByRole("region", { name: "Upcoming" });
  await expect(upcoming.getByRole("article")).toHaveCount(2);
  await expect(upcoming.getByText("New").first()).toBeVisible();
  const past = page.getByRole("region", { name: "Past tours" });
  const tour = past.getByRole("article").filter({ hasText: "China's Next Miracle Tour" });
  await expect(tour).toContainText("16–21 Nov 2025");
  await expect(tour).toContainText("Shanghai, Beijing");
  await tour.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("China's Next Miracle Tour");
  await expect(page.getByText("This tour has taken place.")).toBeVisible();
});

test(`search finds the nickel superconductor section by a word from its body and lands on its anchor`, async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search issues" }).fill("nickelate");
  await page.getByRole("searchbox", { name: "Search issues" }).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=nickelate/);
  const first = page
    .getByRole("listitem")
    .filter({ has: page.locator("mark") })
    .first();
  await expect(first.locator("mark").first()).toHaveText(/nickelate/i);
  await first.getByRole("link").click();
  await expect(page).toHaveURL(/\/issues\/chinese-innovation-news-february-2025#section-4$/);
  await expect(page.locator("#section-4")).toBeInViewport();
});

test("search answers any input with results or a friendly message", async ({ page }) => {
  const inputs = [
    '"unbalanced',
    "star or -",
    "' OR 1=1; DROP TABLE issues; --",
    "🚀🚀",
    "x".repeat(2000),
    "<script>alert(1)</script>",
    "%_\\",
  ];
  for (const q of inputs) {
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q.slice(0, 30)).toBe(200);
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  }
  // The query is shown back as text, never as markup.
  await page.goto(`/search?q=${encodeURIComponent("<b>bold</b>")}`);
  await expect(page.getByText("No results for “<b>bold</b>”")).toBeVisible();
  await page.goto("/search");
  await expect(page.getByText("Type a word or two")).toBeVisible();
});
