import { expect, test } from "@playwright/test";
import { demoIssues } from "../../db/seed/content/issues";

const february = demoIssues.find((i) => i.slug === "chinese-innovation-news-february-2025")!;
const numbered = february.sections.filter((s) => s.kind !== "callout");

test.describe("the February 2025 issue page", () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(`/issues/${february.slug}`);
    expect(response?.status()).toBe(200);
  });

  test("shows the title, date, summary and category chips linking to their pages", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(february.title);
    await expect(page.locator("header time").first()).toHaveText("24 Mar 2025");
    await expect(page.getByText(february.summary)).toBeVisible();
    const chips = page.getByRole("list", { name: "Categories" }).first().getByRole("link");
    await expect(chips).toHaveText(["China", "Future"]);
    await expect(chips.first()).toHaveAttribute("href", "/categories/china");
  });

  test("has 8 numbered sections in order, and a TL;DR of the same 8 headlines linking to them", async ({ page }) => {
    expect(numbered).toHaveLength(8);
    const sectionHeadings = page.locator("section[id^='section-'] > div > h2");
    await expect(sectionHeadings).toHaveCount(8);
    for (const [i, section] of numbered.entries()) {
      const anchor = page.locator(`#section-${i + 1}`);
      await expect(anchor.getByRole("heading", { level: 2 }).first()).toContainText(section.title);
    }

    const tldr = page.getByRole("navigation", { name: "TL;DR" });
    const entries = tldr.getByRole("link");
    await expect(entries).toHaveCount(8);
    for (const [i, section] of numbered.entries()) {
      await expect(entries.nth(i)).toHaveText(`${i + 1}. ${section.tldr}`);
      await expect(entries.nth(i)).toHaveAttribute("href", `#section-${i + 1}`);
    }

    // Following a TL;DR entry lands on its section.
    await entries.nth(3).click();
    await expect(page).toHaveURL(/#section-4$/);
    await expect(page.locator("#section-4")).toBeInViewport();
  });

  test("links each section title to its source in a new tab without opener or referrer", async ({ page }) => {
    for (const [i, section] of numbered.entries()) {
      if (!section.sourceUrl) continue;
      const link = page.locator(`#section-${i + 1} h2 a`);
      await expect(link).toHaveAttribute("href", section.sourceUrl);
      await expect(link).toHaveAttribute("target", "_blank");
      await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    }
  });

  test("shows every figure with its caption and credit", async ({ page }) => {
    const figures = february.sections.flatMap((s) => (s.kind === "story" && s.figure ? [s.figure] : []));
    expect(figures.length).toBeGreaterThan(0);
    await expect(page.locator("article figure")).toHaveCount(figures.length);
    for (const figure of figures) {
      const fig = page.locator("figure", { has: page.getByAltText(figure.alt) });
      await expect(fig.locator("figcaption")).toContainText(figure.caption);
      await expect(fig.locator("figcaption")).toContainText(figure.credit);
      // The image really loads.
      await fig.locator("img").scrollIntoViewIfNeeded();
      await expect.poll(() => fig.locator("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    }
  });

  test("lists all roundup items, the callout, the author card and the next event", async ({ page }) => {
    const roundup = february.sections.find((s) => s.kind === "roundup");
    if (roundup?.kind !== "roundup") throw new Error("the demo edition has a roundup");
    expect(roundup.items.length).toBeGreaterThanOrEqual(8);
    const items = page.locator("#section-8 ol > li h3");
    await expect(items).toHaveCount(roundup.items.length);
    for (const [i, item] of roundup.items.entries()) await expect(items.nth(i)).toContainText(item.title);

    const callout = february.sections.find((s) => s.kind === "callout")!;
    await expect(page.getByRole("complementary", { name: callout.title })).toBeVisible();

    const author = page.getByRole("region", { name: "Written by" });
    await expect(author.getByRole("link")).toHaveAttribute("href", "/authors/mei-lin-hartmann");

    const event = page.getByRole("region", { name: "Join us on our next experience" });
    await expect(event).toBeVisible();
    await expect(event).toContainText("New");
    // The one date style: "16–21 Nov 2025", never "16.11 → 21.11".
    await expect(event).toContainText(/\d{1,2}( [A-Z][a-z]{2,3})?( \d{4})? ?– ?\d{1,2} [A-Z][a-z]{2,3} \d{4}/);
  });

  test("renders Markdown bodies as formatted text with no raw Markdown left", async ({ page }) => {
    const body = page.locator("#section-1 .prose-dispatch");
    await expect(body.locator("p").first()).toBeVisible();
    await expect(body).not.toContainText("**");
  });
});

test("an unknown slug and a draft are real 404 pages", async ({ page }) => {
  const unknown = await page.goto("/issues/no-such-issue");
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page is not here" })).toBeVisible();

  const draft = demoIssues.find((i) => i.status === "draft");
  expect(draft).toBeTruthy();
  const response = await page.goto(`/issues/${draft!.slug}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page is not here" })).toBeVisible();
  await expect(page.getByText(draft!.title)).toHaveCount(0);
});

test("a URL no route knows is a 404 with the site's header, footer and ways on, and no page carries that 404 in its payload", async ({
  page,
  request,
}) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page is not here" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
  await page.getByRole("main").getByRole("link", { name: "All issues" }).click();
  await expect(page).toHaveURL(/\/issues$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // The chrome is drawn from client code, so the React payload names neither the header nor the
  // reader's 404: the header is in the page once, as markup, and the 404 not at all. (A second
  // copy of the header in the payload was the root 404 riding along in every page.)
  const html = await (await request.get("/issues/chinese-innovation-news-february-2025")).text();
  expect(html.split('aria-label="Main"').length - 1).toBe(1);
  expect(html.split('aria-label\\":\\"Main\\"').length - 1).toBe(0);
  expect(html).not.toContain("This page is not here");
});

/** What a reader gets of the article: its text, its pictures and where its links go. */
async function articleAsRead(page: import("@playwright/test").Page) {
  const article = page.getByRole("article");
  return {
    text: await article.innerText(),
    images: await article
      .locator("img")
      .evaluateAll((els) => els.map((e) => (e as HTMLImageElement).currentSrc || (e as HTMLImageElement).src)),
    links: await article.locator("a").evaluateAll((els) => els.map((e) => `${e.getAttribute("href")} ${e.getAttribute("target") ?? ""}`)),
  };
}

test("an issue opened by a click inside the site, drawn in the browser from the page's payload, reads as the page loaded whole", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(`/issues/${february.slug}`);
  await page.waitForLoadState("networkidle");
  const whole = await articleAsRead(page);
  expect(whole.text).toContain(numbered[7].title);
  expect(errors, "errors while the page hydrated").toEqual([]);

  const documents: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "document") documents.push(r.url());
  });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Issues" }).click();
  await expect(page).toHaveURL(/\/issues$/);
  await page.getByRole("link", { name: february.title }).click();
  await expect(page).toHaveURL(new RegExp(`/issues/${february.slug}$`));
  await expect(page.getByRole("region", { name: `8. ${numbered[7].title}` })).toBeVisible();
  expect(documents, "the two clicks were client navigations").toEqual([]);
  expect(await articleAsRead(page)).toEqual(whole);

  // Back and forward redraw it from the router's copy.
  await page.goBack();
  await expect(page).toHaveURL(/\/issues$/);
  await page.goForward();
  await expect(page.getByRole("region", { name: `8. ${numbered[7].title}` })).toBeVisible();
  expect(await articleAsRead(page)).toEqual(whole);
  expect(errors).toEqual([]);
});
