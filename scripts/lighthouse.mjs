/**
 * `npm run lighthouse`: Lighthouse 12 (mobile preset) in the browser tests' Chromium against a production
 * server, printing the four category scores for the home, an issue and a category page.
 * Starts its own server on a fresh embedded database unless LIGHTHOUSE_URL is set.
 * Plain JavaScript on purpose: Lighthouse sends functions to the browser as source, and a
 * TypeScript loader would rewrite them with helpers the page does not have.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumForLauncher } from "./chromium.cjs";

const PAGES = ["/", "/issues/chinese-innovation-news-february-2025", "/categories/china"];

async function waitFor(url) {
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}

async function main() {
  let base = process.env.LIGHTHOUSE_URL?.replace(/\/$/, "");
  let server;
  if (!base) {
    const port = process.env.LIGHTHOUSE_PORT ?? "3250";
    base = `http://127.0.0.1:${port}`;
    rmSync(".data-lighthouse", { recursive: true, force: true });
    server = spawn("npm", ["start"], {
      env: { ...process.env, DATA_DIR: ".data-lighthouse", PORT: port, SITE_URL: base, DATABASE_URL: "" },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
  }
  // The same Chromium the browser tests use (scripts/chromium.cjs); CHROME_PATH still wins.
  const found = chromiumForLauncher();
  const chromePath = process.env.CHROME_PATH ?? found.executablePath;
  // The npm build is headless-shell only, which takes plain --headless.
  const headless = found.source === "npm" && !process.env.CHROME_PATH ? "--headless" : "--headless=new";
  console.log(`Chromium: ${chromePath} (${process.env.CHROME_PATH ? "CHROME_PATH" : found.source})`);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [headless, ...found.args] });
  try {
    await waitFor(`${base}/api/health`);
    console.log("page".padEnd(50), "perf  a11y  best  seo");
    for (const path of PAGES) {
      await fetch(`${base}${path}`); // warm the cache
      const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: "json", logLevel: "error" }, undefined);
      const c = result.lhr.categories;
      const score = (k) => String(Math.round((c[k]?.score ?? 0) * 100)).padStart(4);
      console.log(path.padEnd(50), score("performance"), score("accessibility"), score("best-practices"), score("seo"));
      const failing = Object.values(result.lhr.audits)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable")
        .map((a) => a.id);
      if (failing.length) console.log(`  below 0.9: ${failing.join(", ")}`);
    }
  } finally {
    await chrome.kill();
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
