import { chromium } from "@playwright/test";
const [,, url, selector, out, w, scheme] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: Number(w), height: 900 }, colorScheme: scheme ?? "light", reducedMotion: "reduce" });
await page.goto(url, { waitUntil: "networkidle" });
await page.locator(selector).first().screenshot({ path: out });
await browser.close();
