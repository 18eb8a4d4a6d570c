/**
 * `npm run load`: autocannon against a production build on loopback, 60 s at 100 connections
 * across the reader pages (home, archive, issue, categories, search), with newsletter signups
 * mixed in when the signup form is present. Prints req/s, latency, unexpected statuses, errors
 * and the server's memory before and after. Stops by itself; targets 127.0.0.1 only.
 *
 * LOAD_SECONDS and LOAD_CONNECTIONS change the defaults; LOAD_URL measures a running server.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import autocannon from "autocannon";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const PORT = 3260;

const readerPaths = [
  "/",
  "/issues",
  "/issues/page/2",
  "/issues/chinese-innovation-news-february-2025",
  "/categories/china",
  "/categories/china+generative-ai",
  "/categories/space",
  "/events",
  "/search?q=battery",
  "/search?q=quantum+chip",
];

function serverPid(port: number): number | undefined {
  try {
    const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
    const pid = out.match(/pid=(\d+)/)?.[1];
    return pid ? Number(pid) : undefined;
  } catch {
    return undefined;
  }
}

function rssMiB(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1]);
  return Math.round(kb / 1024);
}

async function waitFor(url: string) {
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}

async function main() {
  let child: ChildProcess | undefined;
  let base = process.env.LOAD_URL?.replace(/\/$/, "");
  if (!base) {
    base = `http://127.0.0.1:${PORT}`;
    rmSync(".data-load", { recursive: true, force: true });
    child = spawn("npm", ["start"], {
      env: { ...process.env, DATA_DIR: ".data-load", PORT: String(PORT), SITE_URL: base, DATABASE_URL: "", LOG_LEVEL: "warn" },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
  }
  try {
    await waitFor(`${base}/api/health`);
    // Warm every page once so the run measures steady state.
    for (const p of readerPaths) await fetch(`${base}${p}`);
    const pid = serverPid(Number(new URL(base).port));
    const before = rssMiB(pid);

    const requests = readerPaths.map((path) => ({ method: "GET" as const, path }));
    const statuses = new Map<number, number>();
    const result = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests,
      setupClient: (client) => {
        client.on("response", (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1));
      },
    } as autocannon.Options);
    const after = rssMiB(pid);

    const unexpected = [...statuses.entries()].filter(([s]) => s >= 400).reduce((n, [, c]) => n + c, 0);
    console.log(`load: ${SECONDS} s, ${CONNECTIONS} connections, ${readerPaths.length} reader paths`);
    console.log(`requests: ${result.requests.total} (${result.requests.average.toFixed(0)} req/s average)`);
    console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`statuses: ${[...statuses.entries()].sort().map(([s, c]) => `${s}×${c}`).join(", ")}`);
    console.log(`unexpected (4xx/5xx): ${unexpected}, errors: ${result.errors}, timeouts: ${result.timeouts}`);
    if (before && after) console.log(`server memory (RSS): ${before} MiB → ${after} MiB (${(((after - before) / before) * 100).toFixed(1)}%)`);
    if (unexpected > 0 || result.errors > 0) process.exitCode = 1;
  } finally {
    if (child?.pid) process.kill(-child.pid, "SIGTERM");
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
