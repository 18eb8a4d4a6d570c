import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = [
  ["home", "/"],
  ["issue", "/issues/chinese-innovation-news-february-2025"],
  ["category", "/categories/china+generative-ai"],
  ["archive", "/issues"],
  ["author", "/authors/mei-lin-hartmann"],
  ["events", "/events"],
  ["search", "/search?q=quantum"],
  ["404", "/issues/no-such-issue"],
  // The editor's first page on a new installation: these reader tests run before any user
  // exists (e2e/editor/ui-accessibility.spec.ts checks the other editor pages, signed in).
  ["editor setup", "/editor/setup"],
] as const;

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of pages) {
      test(`${name} page has no axe violations`, async ({ page }) => {
        await page.goto(path);
        // A page rendered for the first time streams: React may reveal its content a moment after
        // the load event. axe checks the page a reader sees once it has settled.
        await page.getByRole("heading", { level: 1 }).first().waitFor();
        const results = await new AxeBuilder({ page }).analyze();
        expect(
          results.violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(" "))
                .slice(0, 3)
                .join(", ")}`,
          ),
        ).toEqual([]);
      });
    }
  });
}

test("the theme toggle switches to dark, is remembered, and applies before paint on the next page", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect.poll(background).not.toBe(light);

  // On the next page load the stored choice is applied by the inline script, before React runs.
  await page.goto("/issues", { waitUntil: "commit" });
  await page.waitForSelector("body");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.getByRole("button", { name: "Switch to light theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/issues/chinese-innovation-news-february-2025");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("the layout holds at 360 px without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [
    "/",
    "/issues/chinese-innovation-news-february-2025",
    "/categories/china",
    "/events",
    "/search?q=ai",
    "/editor/setup",
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
