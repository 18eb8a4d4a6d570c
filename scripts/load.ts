/**
 * `npm run load`: autocannon against a production build on loopback, 60 s at 100 connections
 * across the reader pages (home, archive, issue, categories, search), with newsletter signups
 * mixed in when the signup form is present. Prints req/s, latency, unexpected statuses, errors,
 * client timeouts, requests the server shed (503) and its memory before and after. Exits non-zero
 * on any error, timeout or unexpected status, or when more than 1 % was shed. Stops by itself;
 * targets 127.0.0.1 only.
 *
 * LOAD_SECONDS, LOAD_WARMUP_SECONDS, LOAD_CONNECTIONS and LOAD_PORT change the defaults; LOAD_URL
 * measures a running server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import autocannon from "autocannon";
import { waitFor as waitForServer } from "./cluster/cluster";
import { listenerPid } from "./_listener";
import { SIGNUP_THANKS, signupForm, signupRequest } from "./_signup-form";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const PORT = Number(process.env.LOAD_PORT ?? 3260);

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
/** Reader paths per signup: readers browse far more than they subscribe. */
const READS_PER_SIGNUP = 29;
/** The clients: as many addresses as a proxy in front would report (TRUST_PROXY=1). */
const ADDRESSES = Array.from({ length: 250 }, (_, i) => `10.77.${i >> 8}.${i & 255}`);
const someAddress = () => ADDRESSES[Math.floor(Math.random() * ADDRESSES.length)];

function rssMiB(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1]);
  return Math.round(kb / 1024);
}

/** Until the server answers (a first start builds: up to 10 minutes). */
const waitFor = (url: string) => waitForServer(url, 600_000, () => true);

async function main() {
  let child: ChildProcess | undefined;
  let base = process.env.LOAD_URL?.replace(/\/$/, "");
  if (!base) {
    base = `http://127.0.0.1:${PORT}`;
    rmSync(".data-load", { recursive: true, force: true });
    child = spawn("npm", ["start"], {
      // TRUST_PROXY=1: the run plays many readers behind one proxy, each with its own address.
      env: {
        ...process.env,
        DATA_DIR: ".data-load",
        PORT: String(PORT),
        SITE_URL: base,
        DATABASE_URL: "",
        LOG_LEVEL: "warn",
        TRUST_PROXY: "1",
      },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
  }
  try {
    await waitFor(`${base}/api/health`);
    // Warm every page once so the run measures steady state.
    for (const p of readerPaths) await fetch(`${base}${p}`);
    const pid = listenerPid(Number(new URL(base).port));
    const cold = rssMiB(pid);

    const form = await signupForm(base);
    let signupsPosted = 0;
    let signupsRefused = 0;
    let signupsShed = 0;
    const reads = Array.from({ length: READS_PER_SIGNUP }, (_, i) => ({
      method: "GET" as const,
      path: readerPaths[i % readerPaths.length],
      setupRequest: (req: { headers?: Record<string, string> }) => ({
        ...req,
        headers: { ...req.headers, "x-forwarded-for": someAddress() },
      }),
    }));
    const signup = form
      ? [
          {
            method: "POST" as const,
            path: "/newsletter",
            setupRequest: (req: { headers?: Record<string, string> }) => {
              signupsPosted += 1;
              const email = `load-${process.pid}-${signupsPosted}-${Math.random().toString(36).slice(2, 8)}@example.org`;
              const { headers, body } = signupRequest(base!, form, email, someAddress());
              return { ...req, headers: { ...req.headers, ...headers }, body };
            },
            onResponse: (status: number, body: string) => {
              if (status !== 200 || !body.includes(SIGNUP_THANKS)) signupsRefused += 1;
              if (status === 503) signupsShed += 1;
            },
          },
        ]
      : [];
    const requests = [...reads, ...signup];
    const statuses = new Map<number, number>();
    const run = (duration: number) =>
      autocannon({
        url: base,
        connections: CONNECTIONS,
        duration,
        requests,
        setupClient: (client) => {
          client.on("response", (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1));
        },
      } as autocannon.Options);

    // A short warm-up at full load first: the heap and Next's caches grow to their working size
    // there, so the measured run shows growth under load (a leak), not start-up.
    await run(WARMUP_SECONDS);
    statuses.clear();
    signupsPosted = 0;
    signupsRefused = 0;
    signupsShed = 0;
    const before = rssMiB(pid);
    const result = await run(SECONDS);
    const after = rssMiB(pid);

    // 503 with Retry-After is the server shedding load on purpose (lib/server/admission.ts):
    // counted apart from failures; a client timeout or a connection error is a failure.
    const shed = statuses.get(503) ?? 0;
    const unexpected = [...statuses.entries()].filter(([s]) => s >= 400 && s !== 503).reduce((n, [, c]) => n + c, 0);
    const answered = [...statuses.values()].reduce((n, c) => n + c, 0);
    const otherErrors = result.errors - result.timeouts;
    console.log(
      `load: ${SECONDS} s after a ${WARMUP_SECONDS} s warm-up, ${CONNECTIONS} connections, ${readerPaths.length} reader paths, 1 signup post per ${READS_PER_SIGNUP} reads`,
    );
    console.log(`requests: ${result.requests.total} (${result.requests.average.toFixed(0)} req/s average)`);
    console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(
      `statuses: ${[...statuses.entries()]
        .sort()
        .map(([s, c]) => `${s}×${c}`)
        .join(", ")}`,
    );
    console.log(`unexpected (4xx/5xx other than 503): ${unexpected}, errors: ${otherErrors}, timeouts: ${result.timeouts}`);
    console.log(`shed (503 + Retry-After, server busy): ${shed} (${answered ? ((shed / answered) * 100).toFixed(2) : "0.00"}%)`);
    console.log(
      form
        ? `signups: ${signupsPosted} posted, ${signupsRefused} not thanked (${signupsShed} of them shed with 503)`
        : "signups: no signup form on /newsletter",
    );
    if (before && after) {
      console.log(
        `server memory (RSS): ${cold} MiB at start, ${before} MiB after the warm-up → ${after} MiB after the run (${(((after - before) / before) * 100).toFixed(1)}%)`,
      );
    }
    // Fails on anything a reader would see as broken; shedding more than 1 % also fails.
    const failed = unexpected > 0 || result.errors > 0 || signupsRefused > signupsShed || shed > answered * 0.01;
    if (failed) process.exitCode = 1;
  } finally {
    if (child?.pid) process.kill(-child.pid, "SIGTERM");
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
