/**
 * `npm run bench:scale`: does the site stay as fast and as small with 10,000 issues as with the
 * 16-issue demo? Two throwaway embedded databases (temporary DATA_DIRs, never .data), measured
 * in the same run: the demo alone, and the demo plus BENCH_SCALE_COUNT (10,000) generated issues
 * (db/seed/synthetic.ts: 8 sections each, behind the demo in time).
 *
 * Per column: load time, `next build` (from an empty .next, once per column), the size of .next,
 * time from `npm start` with SKIP_BUILD=1 to a healthy /api/health, and for each reader page its
 * HTML bytes, the first (cold) request and p50/p95 over BENCH_SCALE_REQUESTS sequential requests
 * after a warm-up. Both servers run side by side on the last build (the build reads no database,
 * so it is the same for both), and requests alternate between them, so the machine's other load
 * falls on both columns alike.
 *
 * Searches are misses every time: each request appends a different run of English stop words to
 * the query ("battery of the"), which changes the cache key but not the tsquery, so the database
 * does the same work as for the bare query.
 *
 * Goals (PASS/FAIL): every ratio N : 16 ≤ 1.2 for build, start, bytes (not of search pages: they
 * hold the hits there are) and p50; search p95 ≤ 100 ms.
 * The full run exits 1 when a goal fails. BENCH_SCALE_SMOKE=1 (for CI, with a small
 * BENCH_SCALE_COUNT such as 300): fewer requests; BENCH_SCALE_REUSE_BUILD=1 serves the build in
 * .next instead of building per column (no build rows); goals are printed but only an error (a crash, a
 * non-200, a failed health check) fails the run. BENCH_SCALE_LARGE_DIR names a DATA_DIR that
 * already holds the large archive: it is copied instead of loaded (no load row).
 * Before the servers start it prints EXPLAIN ANALYZE of each search on the large column.
 * BENCH_SCALE_DATABASE=postgres runs both columns on PostgreSQL instead (two throwaway databases
 * on BENCH_SCALE_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres, dropped at the end;
 * BENCH_SCALE_LARGE_DIR does not apply).
 *
 * Start → healthy is the median of START_ROUNDS starts per column (3; smoke 1), the columns
 * taking turns, so one column does not pay alone for a disk still busy with the other's load.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { isDataDirFree } from "@/db/lock";
import { READER_PAGE_SIZE } from "@/lib/reader/pages";
import { finishBuild } from "./build-fingerprint";

const SMOKE = process.env.BENCH_SCALE_SMOKE === "1";
const COUNT = Number(process.env.BENCH_SCALE_COUNT ?? 10_000);
const REQUESTS = Number(process.env.BENCH_SCALE_REQUESTS ?? (SMOKE ? 8 : 30));
const WARMUP = SMOKE ? 2 : 5;
const PORT = Number(process.env.BENCH_SCALE_PORT ?? 3150);
/** Serve the build that is in .next for both columns (build rows are then left out): for re-measuring pages. */
const REUSE_BUILD = process.env.BENCH_SCALE_REUSE_BUILD === "1";
const RATIO_GOAL = 1.2;
const SEARCH_P95_GOAL_MS = 100;
/** The demo's published issues (16 minus its one draft). */
const DEMO_PUBLISHED = 15;
const SEARCHES = SMOKE ? ["superconductor", "battery"] : ["superconductor", "battery", "quantum chip", "language model"];
const STOP_WORDS = ["a", "an", "the", "of", "to", "in", "on", "at"];
const START_ROUNDS = SMOKE ? 1 : 3;
const POSTGRES = process.env.BENCH_SCALE_DATABASE === "postgres";
const BENCH_AUTH_SECRET = randomBytes(33).toString("base64");
const PG_URL = process.env.BENCH_SCALE_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", ".bin", "next");

type Column = {
  label: string;
  issues: number;
  dataDir: string;
  /** PostgreSQL only: the column's own database. */
  databaseUrl?: string;
  port: number;
  server?: ChildProcess;
  figures: Map<string, number>;
};

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}

function run(label: string, cmd: string, args: string[], env: Record<string, string>): number {
  const started = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return (performance.now() - started) / 1000;
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(p) : entry.isFile() ? statSync(p).size : 0;
  }
  return total;
}

/** The environment of every step of a column: its own embedded database, nothing shared. */
function columnEnv(c: Column): Record<string, string> {
  return {
    DATA_DIR: c.dataDir,
    DATABASE_URL: c.databaseUrl ?? "",
    // PostgreSQL in production wants a fixed secret (instances share sessions); a throwaway one here.
    ...(c.databaseUrl ? { AUTH_SECRET: BENCH_AUTH_SECRET } : {}),
    REDIS_URL: "",
    VARNISH_URL: "",
    PORT: String(c.port),
    SITE_URL: `http://127.0.0.1:${c.port}`,
    LOG_LEVEL: "warn",
    SEARCH_LIMIT_PER_MINUTE: "100000",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/** A folder that already holds a loaded large column (copied, never changed): re-measures without loading again. */
const LARGE_DIR = process.env.BENCH_SCALE_LARGE_DIR;

function load(c: Column, synthetic: number) {
  if (synthetic > 0 && LARGE_DIR && !POSTGRES) {
    cpSync(LARGE_DIR, c.dataDir, { recursive: true });
    console.log(`${c.label}: copied from BENCH_SCALE_LARGE_DIR=${LARGE_DIR} (load not measured)`);
    return;
  }
  let seconds = run(`seeding ${c.label}`, "npm", ["run", "-s", "db:seed"], columnEnv(c));
  if (synthetic > 0) {
    seconds += run(
      `loading ${synthetic} issues`,
      "npm",
      ["run", "-s", "db:seed:synthetic", "--", "--count", String(synthetic), "--interval-days", "1"],
      columnEnv(c),
    );
  }
  c.figures.set("load (s)", seconds);
  console.log(`${c.label}: loaded in ${seconds.toFixed(1)} s`);
}

/** The plan of each search on the large column, printed before its server holds the database. */
function explainSearches(c: Column) {
  const r = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/_explain-search.ts", ...SEARCHES], {
    cwd: root,
    env: { ...process.env, ...columnEnv(c) },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`EXPLAIN of the searches failed:\n${r.stdout}\n${r.stderr}`);
  console.log(
    SMOKE
      ? r.stdout
          .split("\n")
          .filter((l) => /EXPLAIN|Execution Time|Planning Time/.test(l))
          .join("\n")
      : r.stdout,
  );
}

function build(c: Column) {
  // From an empty .next each time, so the second build does not profit from the first's cache.
  rmSync(path.join(root, ".next"), { recursive: true, force: true });
  const started = performance.now();
  run(`next build (${c.label})`, nextBin, ["build"], columnEnv(c));
  finishBuild(root); // what npm run build adds, so the build measured is the build served
  const seconds = (performance.now() - started) / 1000;
  c.figures.set("build (s)", seconds);
  c.figures.set(".next (MB)", dirBytes(path.join(root, ".next")) / 1e6);
  console.log(`${c.label}: built in ${seconds.toFixed(1)} s`);
}

async function start(c: Column): Promise<number> {
  const started = performance.now();
  const child = spawn("npm", ["start"], {
    cwd: root,
    env: { ...process.env, ...columnEnv(c), SKIP_BUILD: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  c.server = child;
  const url = `http://127.0.0.1:${c.port}/api/health`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${c.label}: the server exited (${child.exitCode}) before it was healthy`);
    if (performance.now() - started > 180_000) throw new Error(`${c.label}: ${url} not healthy after 180 s`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${c.label}: healthy after ${seconds.toFixed(1)} s`);
  return seconds;
}

/** Starts each column START_ROUNDS times, taking turns, and leaves both running after the last. */
async function startAll(columns: Column[]) {
  const times = new Map<Column, number[]>(columns.map((c) => [c, []]));
  for (let round = 0; round < START_ROUNDS; round++) {
    for (const c of round % 2 ? [...columns].reverse() : columns) {
      times.get(c)!.push(await start(c));
      if (round < START_ROUNDS - 1) {
        await stop(c);
        await embeddedDatabaseReleased(c);
      }
    }
  }
  for (const c of columns) c.figures.set("start → healthy (s)", median(times.get(c)!));
}

/**
 * npm exits before its server has closed the embedded database: wait for the folder's lock to go
 * (db/lock.ts), or for the process that held it to be gone (a shutdown that ran out of time exits
 * without removing it, and the next start clears a dead process's lock itself).
 */
async function embeddedDatabaseReleased(c: Column) {
  const dir = path.join(c.dataDir, "pglite");
  for (let i = 0; !isDataDirFree(dir); i++) {
    if (i > 400) throw new Error(`${c.label}: ${dir}.lock still held 20 s after the server stopped, by a live process`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** PostgreSQL columns: a fresh database per column on the server of BENCH_SCALE_PG_URL. */
async function withServerDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function stop(c: Column) {
  const child = c.server;
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // gone
    }
  }, 20_000);
  await exited;
  clearTimeout(timer);
}

/** One GET, body read to the end; throws on anything but 200 (search must also have found something). */
async function get(c: Column, p: string, mustFind: boolean): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${c.port}${p}`, { redirect: "manual" });
  const body = await res.text();
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`${c.label}: ${p} answered ${res.status}`);
  if (mustFind && !body.includes("<mark")) throw new Error(`${c.label}: ${p} found nothing`);
  return { ms, bytes: Buffer.byteLength(body) };
}

/** A different run of stop words for every n: another cache key, the same tsquery. */
function stopWordSuffix(n: number): string {
  const words: string[] = [];
  let rest = n + 1;
  while (rest > 0) {
    words.push(STOP_WORDS[rest % STOP_WORDS.length]);
    rest = Math.floor(rest / STOP_WORDS.length);
  }
  return words.join(" ");
}

type Target = { name: string; path: (c: Column, n: number) => string; search?: boolean };

function targets(): Target[] {
  // The deepest archive page with a full page of cards: the same 12 cards in both columns (the
  // demo's only full page is page 1; the last page of either holds a remainder).
  const deepest = (c: Column) => Math.floor(c.issues / READER_PAGE_SIZE);
  const fixed = (p: string): Target => ({ name: p, path: () => p });
  return [
    fixed("/"),
    fixed("/issues/chinese-innovation-news-february-2025"),
    fixed("/categories/china"),
    fixed("/categories/china+generative-ai"),
    fixed("/issues"),
    {
      name: "/issues/page/<last full>",
      path: (c) => (deepest(c) <= 1 ? "/issues" : `/issues/page/${deepest(c)}`),
    },
    ...SEARCHES.map((q): Target => ({
      name: `/search?q=${q}`,
      search: true,
      path: (_c, n) => `/search?q=${encodeURIComponent(n < 0 ? q : `${q} ${stopWordSuffix(n)}`)}`,
    })),
  ];
}

async function measure(columns: Column[], target: Target, searchSamples: Map<Column, number[]>) {
  const samples = new Map<Column, number[]>(columns.map((c) => [c, []]));
  let counter = 0;
  for (const c of columns) {
    const cold = await get(c, target.path(c, -1), !!target.search);
    c.figures.set(`${target.name} cold (ms)`, cold.ms);
    c.figures.set(`${target.name} bytes`, cold.bytes);
  }
  for (let i = 0; i < WARMUP + REQUESTS; i++) {
    counter += 1;
    for (const c of columns) {
      const { ms, bytes } = await get(c, target.path(c, counter), !!target.search);
      if (i >= WARMUP) samples.get(c)!.push(ms);
      if (!target.search && i === WARMUP) c.figures.set(`${target.name} bytes`, bytes);
    }
  }
  for (const c of columns) {
    const xs = samples.get(c)!;
    c.figures.set(`${target.name} p50 (ms)`, median(xs));
    c.figures.set(`${target.name} p95 (ms)`, quantile(xs, 0.95));
    if (target.search) searchSamples.get(c)!.push(...xs);
  }
}

const fmt = (key: string, v: number | undefined) =>
  v === undefined ? "–" : key.endsWith("bytes") ? `${Math.round(v).toLocaleString("en")}` : v < 10 ? v.toFixed(2) : v.toFixed(1);

function report(columns: [Column, Column]): string[] {
  const [small, large] = columns;
  const keys = [...large.figures.keys()];
  // A search page holds the hits there are (up to 30), which the demo may not have: its searches
  // find 1–14 (superconductor 2, battery 14, quantum chip 2, language model 1), so its page renders
  // less. A search's size and p50 are shown, not judged as a ratio; its goal is the absolute p95.
  const goalKeys = (k: string) =>
    /^(build|start)/.test(k) || (!k.startsWith("/search") && (k.endsWith(" bytes") || k.endsWith(" p50 (ms)")));
  const rows = keys.map((k) => {
    const a = small.figures.get(k);
    const b = large.figures.get(k);
    const ratio = a && b !== undefined ? b / a : undefined;
    return [k, fmt(k, a), fmt(k, b), ratio === undefined ? "–" : `${ratio.toFixed(2)}×`, goalKeys(k) ? `≤ ${RATIO_GOAL}` : ""];
  });
  const header = ["", small.label, large.label, "ratio", "goal"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const r of rows) console.log(line(r));

  const failures: string[] = [];
  console.log("");
  for (const k of keys.filter(goalKeys)) {
    const ratio = large.figures.get(k)! / small.figures.get(k)!;
    const ok = ratio <= RATIO_GOAL;
    console.log(`${ok ? "PASS" : "FAIL"}  ${k}: ${ratio.toFixed(2)}× (goal ≤ ${RATIO_GOAL})`);
    if (!ok) failures.push(k);
  }
  for (const c of columns) {
    const p95 = c.figures.get("search, all queries p95 (ms)")!;
    const ok = p95 <= SEARCH_P95_GOAL_MS;
    console.log(
      `${ok ? "PASS" : "FAIL"}  search p95 over every uncached query, ${c.label}: ${p95.toFixed(1)} ms (goal ≤ ${SEARCH_P95_GOAL_MS} ms)`,
    );
    if (!ok && c === large) failures.push(`search p95 (${c.label})`);
  }
  return failures;
}

async function main() {
  if (!Number.isInteger(COUNT) || COUNT < 1)
    throw new Error(`BENCH_SCALE_COUNT must be a whole number ≥ 1, got ${process.env.BENCH_SCALE_COUNT}`);
  const tmp = (name: string) => mkdtempSync(path.join(os.tmpdir(), `dispatch-bench-scale-${name}-`));
  const columns: [Column, Column] = [
    { label: `demo (${DEMO_PUBLISHED + 1})`, issues: DEMO_PUBLISHED, dataDir: tmp("demo"), port: PORT, figures: new Map() },
    {
      label: `${COUNT + DEMO_PUBLISHED + 1} issues`,
      issues: COUNT + DEMO_PUBLISHED,
      dataDir: tmp("large"),
      port: PORT + 1,
      figures: new Map(),
    },
  ];
  const names = POSTGRES ? [`dispatch_bench_scale_demo_${process.pid}`, `dispatch_bench_scale_large_${process.pid}`] : [];
  if (POSTGRES) {
    await withServerDatabase(async (client) => {
      for (const name of names) await client.query(`create database ${name}`);
    });
    columns.forEach((c, i) => (c.databaseUrl = databaseUrl(names[i])));
  }
  const cleanup = async () => {
    await Promise.all(columns.map(stop));
    for (const c of columns) rmSync(c.dataDir, { recursive: true, force: true });
    if (POSTGRES)
      await withServerDatabase(async (client) => {
        for (const name of names) await client.query(`drop database if exists ${name} with (force)`);
      });
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void cleanup().finally(() => process.exit(130)));
  }
  console.log(
    `bench:scale${SMOKE ? " (smoke)" : ""} on ${POSTGRES ? "PostgreSQL" : "the embedded database"}: demo vs demo + ${COUNT} generated issues; ${REQUESTS} sequential requests per page ` +
      `after ${WARMUP} warm-up requests, alternating between the two servers; searches never hit the cache.`,
  );
  try {
    load(columns[0], 0);
    load(columns[1], COUNT);
    explainSearches(columns[1]);
    if (REUSE_BUILD) console.log("BENCH_SCALE_REUSE_BUILD=1: serving the existing build; build time and size not measured.");
    else for (const c of columns) build(c);
    await startAll(columns);
    const searchSamples = new Map<Column, number[]>(columns.map((c) => [c, []]));
    for (const t of targets()) {
      await measure(columns, t, searchSamples);
      console.log(`measured ${t.name}`);
    }
    for (const c of columns) c.figures.set("search, all queries p95 (ms)", quantile(searchSamples.get(c)!, 0.95));
    const failures = report(columns);
    if (failures.length > 0) {
      console.log(`\n${failures.length} goal(s) failed${SMOKE ? " (smoke run: reported, not failing the run)" : ""}.`);
      if (!SMOKE) process.exitCode = 1;
    } else {
      console.log("\nEvery goal met.");
    }
  } finally {
    await cleanup();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
