/**
 * `npm run bench`: throughput of reader pages on a production build, beside a bare Node http
 * server that returns the very same bytes, measured in the same run. Prints medians of several
 * rounds and the ratio to the baseline.
 *
 * By default it starts its own server on a fresh embedded database (`npm start` on port 3200);
 * set BENCH_URL to measure a server that is already running. When varnishd is installed, the
 * issue page is also measured through Varnish (deploy/varnish/default.vcl) in front of that
 * server, beside the same bare Node baseline.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import http from "node:http";
import { gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import { findVarnishd, startVarnish, waitFor as waitForProcess } from "./cluster/cluster";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DURATION = Number(process.env.BENCH_SECONDS ?? 6);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const PAGES = (
  process.env.BENCH_PAGES ?? "/,/issues/chinese-innovation-news-february-2025,/categories/china,/categories/china+generative-ai,/issues"
).split(",");

type Figures = { rps: number; p50: number; p99: number; non2xx: number; errors: number };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

async function measure(url: string, headers: Record<string, string> = {}): Promise<Figures> {
  const rounds: Figures[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
    rounds.push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors });
  }
  return {
    rps: median(rounds.map((r) => r.rps)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    non2xx: rounds.reduce((n, r) => n + r.non2xx, 0),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
  };
}

/** Gzip bytes of the JavaScript a page makes the browser download (its script tags). */
async function javascriptBytes(base: string, html: string): Promise<{ files: number; gzip: number }> {
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  let gzip = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: new Set(sources).size, gzip };
}

const waitFor = (url: string, timeoutMs: number) => waitForProcess(url, timeoutMs, () => true);

const ISSUE_PAGE = PAGES.find((p) => p.startsWith("/issues/")) ?? "/issues/chinese-innovation-news-february-2025";

const VARNISH_PORT = Number(process.env.BENCH_VARNISH_PORT ?? 6321);

/** Varnish in front of the app (BENCH_VARNISH_PORT, its admin port one above); undefined when varnishd is not installed. */
async function startVarnishInFront(appBase: string): Promise<{ base: string; child: ChildProcess; workDir: string } | undefined> {
  const varnishd = findVarnishd();
  if (!varnishd) return undefined;
  const workDir = mkdtempSync(path.join(os.tmpdir(), "dispatch-bench-varnish-"));
  const child = startVarnish({
    varnishd,
    workDir,
    backendPorts: [Number(new URL(appBase).port)],
    port: VARNISH_PORT,
    adminPort: VARNISH_PORT + 1,
    env: { ...process.env, VARNISH_PURGE_SECRET: randomBytes(18).toString("base64url") },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${VARNISH_PORT}`;
  await waitForProcess(`${base}/api/health`, 60_000, () => child.exitCode === null);
  return { base, child, workDir };
}

function startApp(): { base: string; child: ChildProcess } {
  const port = Number(process.env.BENCH_PORT ?? 3200);
  const dataDir = ".data-bench";
  rmSync(dataDir, { recursive: true, force: true });
  const base = `http://127.0.0.1:${port}`;
  const child = spawn("npm", ["start"], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), SITE_URL: base, DATABASE_URL: "", LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  return { base, child };
}

async function bareServer(
  body: Buffer,
  contentType: string,
  extra: Record<string, string> = {},
): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": contentType, "content-length": body.length, ...extra });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** What a browser sends (Chromium): it takes brotli. */
const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";

/** GET with Accept-Encoding gzip (or as given), body kept as sent (fetch would decompress it). */
function rawGet(url: string, acceptEncoding = "gzip"): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

/** A target's figures beside a bare Node server returning the same bytes, measured in turn; one table row. */
async function besideBare(label: string, url: string, body: Buffer, contentType: string | null, encoding?: "gzip" | "br") {
  const headers: Record<string, string> = encoding ? { "accept-encoding": encoding === "br" ? BROWSER_ACCEPT_ENCODING : "gzip" } : {};
  const figures = await measure(url, headers);
  const bare = await bareServer(
    body,
    contentType ?? "text/html",
    encoding ? { "content-encoding": encoding, vary: "Accept-Encoding" } : {},
  );
  const bareFigures = await measure(bare.url, headers);
  bare.close();
  const row = [
    label,
    `${(body.length / 1024).toFixed(0)} KiB`,
    figures.rps.toFixed(0),
    `${figures.p50} / ${figures.p99} ms`,
    String(figures.non2xx + figures.errors),
    bareFigures.rps.toFixed(0),
    `${(figures.rps / bareFigures.rps).toFixed(3)}×`,
  ];
  return { figures, bareFigures, row };
}

async function main() {
  const external = process.env.BENCH_URL;
  const app = external ? { base: external.replace(/\/$/, ""), child: undefined } : startApp();
  try {
    console.log(external ? `Measuring ${app.base}` : "Building and starting the app on a fresh embedded database…");
    await waitFor(`${app.base}/api/health`, 600_000);
    console.log(`${ROUNDS} rounds × ${DURATION} s at ${CONNECTIONS} connections per target; medians.\n`);
    const rows: string[][] = [];
    const jsRows: string[][] = [];
    for (const path of PAGES) {
      const url = `${app.base}${path}`;
      // Warm the cache, then take the exact bytes for the baseline.
      await fetch(url);
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${path} answered ${res.status}`);
      const body = Buffer.from(await res.arrayBuffer());
      const js = await javascriptBytes(app.base, body.toString("utf8"));
      jsRows.push([path, String(js.files), `${(js.gzip / 1024).toFixed(1)} KiB`]);
      rows.push((await besideBare(path, url, body, res.headers.get("content-type"))).row);
    }
    if (PAGES.includes(ISSUE_PAGE)) {
      // As a browser asks: brotli, the page's stored best quality once it has been made
      // (lib/server/best-brotli.ts); the baseline sends the same bytes.
      const url = `${app.base}${ISSUE_PAGE}`;
      let stored = await rawGet(url, BROWSER_ACCEPT_ENCODING);
      for (let attempt = 0; attempt < 40 && !stored.headers["content-length"]; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        stored = await rawGet(url, BROWSER_ACCEPT_ENCODING);
      }
      if (stored.headers["content-encoding"] !== "br" || !stored.headers["content-length"])
        throw new Error(`${ISSUE_PAGE} was not served from the stored brotli`);
      rows.push(
        (await besideBare(`${ISSUE_PAGE} (brotli, as browsers ask)`, url, stored.body, String(stored.headers["content-type"]), "br")).row,
      );
    }
    const varnish = await startVarnishInFront(app.base).catch((err) => {
      console.error(`Varnish did not start: ${(err as Error).message}`);
      return undefined;
    });
    let varnishLine = "\nvarnishd is not installed (apt-get install -y varnish varnish-modules): no figure through Varnish.";
    if (varnish) {
      try {
        // As browsers ask: gzip, which Varnish stores and sends as is; the baseline sends the same bytes.
        const url = `${varnish.base}${ISSUE_PAGE}`;
        await rawGet(url);
        const cached = await rawGet(url);
        if (cached.headers["x-cache"] !== "HIT" || cached.headers["content-encoding"] !== "gzip")
          throw new Error(`${ISSUE_PAGE} was not served gzipped from Varnish's cache`);
        const direct = rows.find((r) => r[0] === ISSUE_PAGE);
        const { figures, bareFigures, row } = await besideBare(
          `${ISSUE_PAGE} via Varnish (gzip)`,
          url,
          cached.body,
          String(cached.headers["content-type"]),
          "gzip",
        );
        rows.push(row);
        varnishLine =
          `\nIssue page through Varnish / bare Node: ${(figures.rps / bareFigures.rps).toFixed(2)}× (${figures.rps.toFixed(0)} vs ${bareFigures.rps.toFixed(0)} req/s, medians)` +
          (direct ? `; direct from Next: ${direct[2]} req/s (${direct[6]})` : "");
      } finally {
        const exited = varnish.child.exitCode === null ? new Promise((r) => varnish.child.once("exit", r)) : Promise.resolve();
        if (varnish.child.pid) process.kill(-varnish.child.pid, "SIGTERM");
        await exited;
        rmSync(varnish.workDir, { recursive: true, force: true });
      }
    }
    const header = ["page", "html", "app req/s", "app p50 / p99", "non-2xx+err", "bare node req/s", "app / bare"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
    console.log(line(header));
    console.log(widths.map((w) => "-".repeat(w)).join("  "));
    for (const r of rows) console.log(line(r));
    console.log(varnishLine);
    console.log("\nJavaScript each page downloads (gzip -9 of every script tag's file):");
    for (const r of jsRows) console.log(`  ${r[0].padEnd(48)} ${r[1].padStart(3)} files  ${r[2]}`);
  } finally {
    if (app.child?.pid) {
      try {
        process.kill(-app.child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
