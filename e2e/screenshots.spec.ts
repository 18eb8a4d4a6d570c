import { test } from "@playwright/test";

const pages = [
  ["home", "/"],
  ["issue", "/issues/chinese-innovation-news-february-2025"],
  ["category", "/categories/china+generative-ai"],
  ["archive", "/issues"],
  ["events", "/events"],
  ["search", "/search?q=battery"],
  ["author", "/authors/mei-lin-hartmann"],
] as const;

const viewports = [
  ["desktop", { width: 1280, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const;

const outDir = process.env.SCREENSHOT_DIR ?? "docs/screenshots";

for (const [scheme] of [["light"], ["dark"]] as const) {
  for (const [device, viewport] of viewports) {
    test(`${scheme} ${device}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      for (const [name, path] of pages) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        await page.screenshot({ path: `${outDir}/${name}-${device}-${scheme}.png` });
      }
    });
  }
}

test("issue page, full length (desktop, light)", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
  await page.goto("/issues/chinese-innovation-news-february-2025");
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `${outDir}/issue-full-desktop-light.png`, fullPage: true });
});
