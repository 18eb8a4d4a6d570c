import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../chromium.cjs";
const [, , url, selector, out, w, scheme] = process.argv;
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({
  viewport: { width: Number(w), height: 900 },
  colorScheme: scheme ?? "light",
  reducedMotion: "reduce",
});
await page.goto(url, { waitUntil: "networkidle" });
await page.locator(selector).first().screenshot({ path: out });
await browser.close();
