import { expect, test, type Page, type Request } from "@playwright/test";

/** An RSC request: a prefetch or a client navigation asking for a page's React payload. */
function isRsc(request: Request): boolean {
  return new URL(request.url()).searchParams.has("_rsc") || request.headers()["rsc"] === "1";
}

function recordRsc(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (isRsc(request)) seen.push(request.url());
  });
  return seen;
}

/** Waits until the page is loaded and the network has been idle for a moment (hydration done). */
async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
}

for (const path of ["/", "/categories/china"]) {
  test(`${path} fires no RSC request before the reader shows interest in a link`, async ({ page }) => {
    const rsc = recordRsc(page);
    await page.goto(path);
    await settle(page);
    // Scroll the whole list into view: links seen are not links chosen.
    await page.mouse.wheel(0, 20_000);
    await settle(page);
    expect(rsc, `RSC requests on load of ${path}`).toEqual([]);

    // Hovering a card's link asks for that page, and only that one.
    const card = page.getByRole("article").first();
    const link = card.getByRole("heading").getByRole("link");
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/issues\//);
    const prefetched = page.waitForRequest((r) => isRsc(r) && new URL(r.url()).pathname === href);
    await link.hover();
    await prefetched;

    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
}

test("a chip still navigates without having been prefetched", async ({ page }) => {
  const rsc = recordRsc(page);
  await page.goto("/issues");
  await settle(page);
  expect(rsc).toEqual([]);
  const chip = page.getByRole("navigation", { name: "Filter by category" }).getByRole("link").first();
  const href = await chip.getAttribute("href");
  await chip.focus();
  await chip.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});
