import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../chromium.cjs";
const [, , url, out, w, h, scheme] = process.argv;
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, colorScheme: scheme ?? "light" });
await page.goto(url, { waitUntil: "networkidle" });
await page.screenshot({ path: out, fullPage: true });
await browser.close();
