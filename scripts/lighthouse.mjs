/**
 * `npm run lighthouse`: Lighthouse 12 (mobile preset) in the browser tests' Chromium against a
 * production server, for the reader pages a visitor lands on (home, an issue, a category, the
 * archive, a search). Prints the four category scores, LCP, TBT, CLS and the bytes transferred by
 * type, and exits 1 when a page is over the budget below.
 *
 * Each page is measured LIGHTHOUSE_RUNS times (default 3) and every figure is the median of those
 * runs: Lighthouse's simulated throttling scales with the machine's own speed, and on a busy
 * machine one run can be off by several points.
 * Starts its own server on a fresh embedded database unless LIGHTHOUSE_URL is set.
 * LIGHTHOUSE_BUDGET=report prints the verdicts without failing.
 * Plain JavaScript on purpose: Lighthouse sends functions to the browser as source, and a
 * TypeScript loader would rewrite them with helpers the page does not have.
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumForLauncher } from "./chromium.cjs";

const ALL_PAGES = ["/", "/issues/chinese-innovation-news-february-2025", "/categories/china", "/issues", "/search?q=photosynthesis"];
// LIGHTHOUSE_PAGES (comma-separated paths) measures fewer pages, e.g. the CI smoke run.
// LIGHTHOUSE_THROTTLING=devtools throttles the browser itself (slow 4G and 4× CPU applied, not
// simulated): a second opinion on LCP, which the simulation derives from a localhost trace.
const THROTTLING = process.env.LIGHTHOUSE_THROTTLING === "devtools" ? { throttlingMethod: "devtools" } : {};
// LIGHTHOUSE_REPORT_DIR keeps every run's full report (JSON, open it in the Lighthouse viewer).
const REPORT_DIR = process.env.LIGHTHOUSE_REPORT_DIR;
const PAGES = process.env.LIGHTHOUSE_PAGES ? process.env.LIGHTHOUSE_PAGES.split(",").map((p) => p.trim()) : ALL_PAGES;

/** The budget every page must meet; scores are 0–100, times in ms, bytes in KiB. */
const BUDGET = {
  performance: { min: 98 },
  accessibility: { min: 100 },
  "best-practices": { min: 100 },
  seo: { min: 100 },
  lcp: { max: 2000 },
  tbt: { max: 100 },
  cls: { max: 0.05 },
  total: { max: 200 },
};

const TYPES = ["document", "script", "font", "css", "image", "other"];

/**
 * Pages that ask search engines not to index them, on purpose: a results page is not content
 * (Google's guidelines). Lighthouse's SEO score always fails them on "is-crawlable"; for these the
 * SEO score is Lighthouse's own weighted mean of every other SEO audit, and the table says so.
 */
const NOINDEX = (path) => path.startsWith("/search");

/** The SEO category's score without the audits named in `skip`, weighted as Lighthouse weighs them. */
function seoScoreWithout(lhr, skip) {
  let sum = 0;
  let weights = 0;
  for (const ref of lhr.categories.seo?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (skip.includes(ref.id) || !ref.weight || audit?.score === null || audit?.score === undefined) continue;
    sum += ref.weight * audit.score;
    weights += ref.weight;
  }
  return weights ? Math.round((sum / weights) * 100) : 0;
}

/**
 * Renders a page into the server's cache, then asks again until its best-quality brotli is stored
 * (lib/server/best-brotli.ts: made in the background after the first request for the page), so
 * each run gets what a returning reader's phone gets. A page that is not kept whole (no ETag, such
 * as search) is ready at once.
 */
async function warm(url) {
  for (let attempt = 0; attempt < 40; attempt++) {
    const response = await fetch(url, { headers: { "accept-encoding": "br" } });
    await response.arrayBuffer();
    if (attempt > 0 && (!response.headers.get("etag") || response.headers.get("content-length"))) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Lighthouse's resource types folded into the columns we print. */
function column(resourceType) {
  switch (resourceType) {
    case "Document":
      return "document";
    case "Script":
      return "script";
    case "Font":
      return "font";
    case "Stylesheet":
      return "css";
    case "Image":
      return "image";
    default:
      return "other";
  }
}

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

/** The figures of one Lighthouse run, flat. */
function figures(lhr, path) {
  const c = lhr.categories;
  const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
  const row = {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: NOINDEX(path) ? seoScoreWithout(lhr, ["is-crawlable"]) : score("seo"),
    lcp: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbt: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
    cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
  };
  for (const t of TYPES) row[t] = 0;
  for (const req of lhr.audits["network-requests"]?.details?.items ?? []) {
    row[column(req.resourceType)] += (req.transferSize ?? 0) / 1024;
  }
  row.total = TYPES.reduce((sum, t) => sum + row[t], 0);
  return row;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The names of the budget lines a row breaks. */
function overBudget(row) {
  return Object.entries(BUDGET)
    .filter(([k, b]) => (b.min !== undefined && row[k] < b.min) || (b.max !== undefined && row[k] > b.max))
    .map(([k]) => k);
}

const HEAD = ["page", "perf", "a11y", "best", "seo", "LCP s", "TBT ms", "CLS", ...TYPES.map((t) => `${t} KiB`), "total KiB", "budget"];

function formatRow(path, r, over) {
  return [
    NOINDEX(path) ? `${path} (noindex)` : path,
    r.performance,
    r.accessibility,
    r["best-practices"],
    r.seo,
    (r.lcp / 1000).toFixed(2),
    Math.round(r.tbt),
    r.cls.toFixed(3),
    ...TYPES.map((t) => r[t].toFixed(1)),
    r.total.toFixed(1),
    over.length ? `over: ${over.join(", ")}` : "ok",
  ];
}

function printTable(rows) {
  const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  console.log(line(HEAD));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of rows) console.log(line(r));
}

async function main() {
  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3) || 3);
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
  console.log(`Chromium: ${chromePath} (${process.env.CHROME_PATH ? "CHROME_PATH" : found.source}); ${runs} run(s) per page, medians`);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [headless, ...found.args] });
  const table = [];
  let failed = false;
  try {
    await waitFor(`${base}/api/health`);
    for (const path of PAGES) {
      await warm(`${base}${path}`);
      const samples = [];
      const flagged = new Set();
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(
          `${base}${path}`,
          { port: chrome.port, output: "json", logLevel: "error", ...THROTTLING },
          undefined,
        );
        samples.push(figures(result.lhr, path));
        if (REPORT_DIR) {
          mkdirSync(REPORT_DIR, { recursive: true });
          const name = path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home";
          writeFileSync(join(REPORT_DIR, `${name}-${i + 1}.json`), result.report);
        }
        Object.values(result.lhr.audits)
          .filter(
            (a) =>
              a.score !== null &&
              a.score < 0.9 &&
              a.scoreDisplayMode !== "informative" &&
              a.scoreDisplayMode !== "notApplicable" &&
              !(NOINDEX(path) && a.id === "is-crawlable"),
          )
          .forEach((a) => flagged.add(a.id));
      }
      const row = {};
      for (const k of Object.keys(samples[0])) row[k] = median(samples.map((s) => s[k]));
      const over = overBudget(row);
      if (over.length) failed = true;
      table.push(formatRow(path, row, over));
      console.log(
        `${path}: perf ${samples.map((s) => s.performance).join(", ")}${flagged.size ? `; audits below 0.9: ${[...flagged].join(", ")}` : ""}`,
      );
    }
    console.log("");
    printTable(table);
    console.log(
      `\nBudget: perf ≥ ${BUDGET.performance.min}, LCP ≤ ${BUDGET.lcp.max / 1000} s, TBT ≤ ${BUDGET.tbt.max} ms, CLS ≤ ${BUDGET.cls.max}, ≤ ${BUDGET.total.max} KiB, a11y/best practices/SEO = 100 (noindex pages: SEO without is-crawlable)`,
    );
  } finally {
    await chrome.kill();
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  }
  if (failed) {
    const reportOnly = process.env.LIGHTHOUSE_BUDGET === "report";
    console.log(reportOnly ? "Over budget (LIGHTHOUSE_BUDGET=report: not failing)." : "Over budget.");
    if (!reportOnly) process.exitCode = 1;
  } else {
    console.log("Every page is within budget.");
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
