/**
 * `npm run faults`: two fault drills against a production build on loopback. Prints what it saw
 * and exits non-zero when an expectation failed. Takes about four minutes (one build).
 *
 * 1. PostgreSQL stops under load. A private cluster (initdb in a temp folder, its own port; the
 *    machine's PostgreSQL is never touched) holds the demo content. Readers, searches and signups
 *    run against the app; the cluster is stopped, then started again. Expected: pages already
 *    cached keep answering 200; searches and signups answer a friendly 503 with Retry-After (no
 *    500, no stack trace); /api/health says 503; within 5 s of the database accepting
 *    connections again, health, search and signup work without restarting the app.
 * 2. PGlite is killed with SIGKILL while editors save drafts and visitors sign up, twice. The
 *    server starts again on the same data folder, and every write it acknowledged is there.
 *
 * SKIP_BUILD=1 reuses the last build (CI does, after `npm run bench` built one); FAULTS_APP_PORT
 * and FAULTS_PG_PORT move it off ports 3280 and 5499.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import { BUSY_TITLE } from "@/lib/server/admission";
import { listenerPid } from "./_listener";
import { SIGNUP_THANKS, signupForm, signupRequest } from "./_signup-form";

const PG_PORT = Number(process.env.FAULTS_PG_PORT ?? 5499);
const APP_PORT = Number(process.env.FAULTS_APP_PORT ?? 3280);
const base = `http://127.0.0.1:${APP_PORT}`;
const FEB = "/issues/chinese-innovation-news-february-2025";
const cachedPaths = ["/", "/issues", FEB, "/categories/china", "/categories/china+generative-ai", "/events", "/authors/mei-lin-hartmann"];
const STACK = /\bat \S+ \(.*:\d+:\d+\)|node_modules\/|ECONNREFUSED|Error: connect/;

let failures = 0;
function expectThat(ok: boolean, what: string) {
  console.log(`  ${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures += 1;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const address = () => `10.88.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

// --- the app ------------------------------------------------------------------------------

type App = { child: ChildProcess; log: string };

function startApp(env: Record<string, string>, build: boolean, logName: string): App {
  const log = path.resolve(`${logName}.log`);
  const out = openSync(log, "a");
  const child = spawn("npm", ["start"], {
    env: {
      ...process.env,
      PORT: String(APP_PORT),
      SITE_URL: base,
      LOG_LEVEL: "warn",
      TRUST_PROXY: "1",
      SKIP_BUILD: build && process.env.SKIP_BUILD !== "1" ? "" : "1",
      ...env,
    },
    stdio: ["ignore", out, out],
    detached: true,
  });
  return { child, log };
}

async function waitForHealth(timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok) return true;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  return false;
}

/** Stops the app's process group and waits until the server itself is gone (it closes the database). */
async function stopApp(app: App, signal: NodeJS.Signals = "SIGTERM") {
  if (!app.child.pid) return;
  const server = listenerPid(APP_PORT);
  try {
    process.kill(-app.child.pid, signal);
  } catch {
    // already gone
  }
  const until = Date.now() + 20_000;
  while (server && existsSync(`/proc/${server}`) && Date.now() < until) await sleep(100);
}

// --- drill 1: PostgreSQL stops under load ------------------------------------------------------

function pgBin(name: string): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const version = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  const bin = path.join(root, version, "bin", name);
  return existsSync(bin) ? bin : undefined;
}

/** initdb and pg_ctl refuse to run as root: they run as the postgres user then. */
function asPostgres(bin: string, args: string[]) {
  const asRoot = userInfo().uid === 0;
  const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  const result = spawnSync(cmd, argv, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${path.basename(bin)} ${args[0]} failed: ${result.stderr || result.stdout}`);
}

/** `at` is when the request was sent, `end` when its answer was read (ms since the drill began). */
type Sample = {
  at: number;
  end: number;
  kind: string;
  status: number;
  retryAfter: string | null;
  clean: boolean;
  thanked?: boolean;
  busy?: boolean;
};

async function probe(
  kind: "cached" | "search" | "signup" | "health",
  form: Record<string, string> | null,
  n: number,
): Promise<Omit<Sample, "at" | "end">> {
  let url = `${base}${cachedPaths[n % cachedPaths.length]}`;
  let init: RequestInit = { headers: { "x-forwarded-for": address() } };
  if (kind === "search") url = `${base}/search?q=${["battery", "robot", "chip", "solar", "space"][n % 5]}+${n}`;
  if (kind === "health") url = `${base}/api/health`;
  if (kind === "signup" && form) {
    init = { method: "POST", ...signupRequest(base, form, `fault-${process.pid}-${n}@example.org`, address()) };
    url = `${base}/newsletter`;
  }
  try {
    const res = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(10_000) });
    const body = await res.text();
    return {
      kind,
      status: res.status,
      busy: res.status === 503 && body.includes(BUSY_TITLE),
      retryAfter: res.headers.get("retry-after"),
      clean: kind === "health" || !STACK.test(body),
      thanked: kind === "signup" ? body.includes(SIGNUP_THANKS) : undefined,
    };
  } catch {
    return { kind, status: 0, retryAfter: null, clean: true };
  }
}

function summarise(samples: Sample[]): string {
  const byKind = new Map<string, Map<number, number>>();
  for (const s of samples) {
    const m = byKind.get(s.kind) ?? new Map<number, number>();
    m.set(s.status, (m.get(s.status) ?? 0) + 1);
    byKind.set(s.kind, m);
  }
  return [...byKind.entries()]
    .map(([kind, m]) => `${kind}: ${[...m.entries()].map(([status, c]) => `${status === 0 ? "no answer" : status}×${c}`).join(" ")}`)
    .join(" | ");
}

async function postgresDrill(): Promise<void> {
  console.log("\n1. PostgreSQL stops under load");
  const initdb = pgBin("initdb");
  const pgCtl = pgBin("pg_ctl");
  if (!initdb || !pgCtl) {
    console.log("  skipped: no PostgreSQL server binaries (apt-get install postgresql)");
    failures += 1;
    return;
  }
  const dir = mkdtempSync("/tmp/dispatch-faults-pg-");
  if (userInfo().uid === 0) {
    const pgUser = execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim();
    chownSync(dir, Number(pgUser), Number(pgUser));
  }
  const pgOptions = `-p ${PG_PORT} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const startPg = () => asPostgres(pgCtl, ["start", "-D", dir, "-l", path.join(dir, "server.log"), "-o", pgOptions, "-w", "-t", "30"]);
  const stopPg = () => asPostgres(pgCtl, ["stop", "-D", dir, "-m", "fast", "-w", "-t", "30"]);
  asPostgres(initdb, ["-D", dir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]);
  startPg();
  const pg = await import("pg");
  const admin = new pg.default.Client({ connectionString: `postgres://postgres@127.0.0.1:${PG_PORT}/postgres` });
  await admin.connect();
  await admin.query("create database dispatch_faults");
  await admin.end();

  const databaseUrl = `postgres://postgres@127.0.0.1:${PG_PORT}/dispatch_faults`;
  const appEnv = { DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(33).toString("base64"), DATA_DIR: ".data-faults-pg" };
  rmSync(".data-faults-pg", { recursive: true, force: true });
  rmSync(".data-faults-pg.log", { force: true });
  const seeded = spawnSync("npm", ["run", "db:seed"], { env: { ...process.env, ...appEnv }, encoding: "utf8" });
  if (seeded.status !== 0) throw new Error(`seeding failed: ${seeded.stderr}`);
  console.log("  private PostgreSQL on port", PG_PORT, "seeded; building and starting the app…");
  const app = startApp(appEnv, true, ".data-faults-pg");
  try {
    if (!(await waitForHealth(600_000))) throw new Error(`the app did not start (see ${app.log})`);
    const form = await signupForm(base);
    for (const p of cachedPaths) await fetch(`${base}${p}`);
    const pid = listenerPid(APP_PORT);

    const samples: Sample[] = [];
    const t0 = Date.now();
    let running = true;
    let n = 0;
    const kinds = ["cached", "cached", "cached", "search", "signup"] as const;
    const loops = Array.from({ length: 12 }, async (_, w) => {
      while (running) {
        const i = n++;
        const at = Date.now() - t0;
        const answer = await probe(kinds[(i + w) % kinds.length], form, i);
        samples.push({ at, end: Date.now() - t0, ...answer });
      }
    });
    const health: Sample[] = [];
    const healthLoop = (async () => {
      while (running) {
        const at = Date.now() - t0;
        const answer = await probe("health", null, 0);
        health.push({ at, end: Date.now() - t0, ...answer });
        await sleep(100);
      }
    })();

    await sleep(4_000);
    const stopAt = Date.now() - t0;
    stopPg();
    const stoppedAt = Date.now() - t0;
    console.log(`  PostgreSQL stopped at ${(stoppedAt / 1000).toFixed(1)} s`);
    await sleep(8_000);
    const startAt = Date.now() - t0;
    startPg();
    const acceptingAt = Date.now() - t0;
    console.log(`  PostgreSQL accepting connections again at ${(acceptingAt / 1000).toFixed(1)} s`);
    await sleep(7_000);
    running = false;
    await Promise.all([...loops, healthLoop]);

    // Each phase holds the requests that were sent and answered inside it: a slow search sent just
    // before the stop is answered while the database is down, and that 503 is right.
    const before = samples.filter((s) => s.end < stopAt);
    const down = samples.filter((s) => s.at > stoppedAt + 500 && s.end < startAt);
    const after = samples.filter((s) => s.at > acceptingAt + 5_000);
    console.log(`  before: ${summarise(before)}`);
    console.log(`  down:   ${summarise(down)}`);
    console.log(`  after:  ${summarise(after)}`);
    const firstOk = (kind: string, test: (s: Sample) => boolean) =>
      samples.find((s) => s.kind === kind && s.at >= acceptingAt && test(s))?.at;
    const healthBack = health.find((s) => s.at >= acceptingAt && s.status === 200)?.at;
    const searchBack = firstOk("search", (s) => s.status === 200);
    const signupBack = firstOk("signup", (s) => s.status === 200 && s.thanked === true);
    const secs = (t: number | undefined) => (t === undefined ? "never" : `${((t - acceptingAt) / 1000).toFixed(2)} s`);
    console.log(
      `  recovery after PostgreSQL accepted connections: health ${secs(healthBack)}, search ${secs(searchBack)}, signup ${secs(signupBack)}`,
    );

    // A 503 "busy" is the server shedding load on a starved machine (lib/server/admission.ts), not
    // the database: allowed around the outage, counted, and never while it is down.
    const busy = samples.filter((s) => s.busy).length;
    if (busy) console.log(`  busy (shed by admission, 503): ${busy}`);
    expectThat(
      before.every((s) => s.status === 200 || s.busy),
      "before the stop every request answered 200",
    );
    expectThat(
      down.filter((s) => s.kind === "cached").length > 0 && down.filter((s) => s.kind === "cached").every((s) => s.status === 200),
      "while down, cached reader pages kept answering 200",
    );
    const refused = down.filter((s) => s.kind === "search" || s.kind === "signup");
    expectThat(
      refused.length > 0 && refused.every((s) => s.status === 503 && s.retryAfter !== null),
      "while down, searches and signups answered 503 with Retry-After",
    );
    const downHealth = health.filter((s) => s.at > stoppedAt + 500 && s.end < startAt);
    expectThat(downHealth.length > 0 && downHealth.every((s) => s.status === 503), "while down, /api/health answered 503");
    expectThat(
      samples.every((s) => s.status !== 500 && s.status !== 0),
      "no 500 and no unanswered request at any time",
    );
    expectThat(
      samples.every((s) => s.clean),
      "no stack trace or driver error in any page",
    );
    for (const [what, t] of [
      ["health", healthBack],
      ["search", searchBack],
      ["signup", signupBack],
    ] as const) {
      expectThat(t !== undefined && t - acceptingAt <= 5_000, `${what} recovered within 5 s by itself`);
    }
    expectThat(
      after.every((s) => s.status === 200 || s.busy),
      "after recovery every request answered 200",
    );
    expectThat(pid !== undefined && listenerPid(APP_PORT) === pid, "the same server process served throughout");
  } finally {
    await stopApp(app);
    try {
      stopPg();
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- drill 2: PGlite killed during writes ------------------------------------------------------

type Editor = { issueId: number; version: number; acked: { version: number; summary: string } | null; ackedThisRound: number };

async function signInOverHttp(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; "), origin: base },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/editor` }),
  });
  const session = res.headers.getSetCookie().find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in failed (status ${res.status})`);
  return session.split(";")[0];
}

/** The server action id of `saveIssue`, read from the build's manifest (ids change per build). */
function saveActionId(): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === "saveIssue" && v.filename === "actions/issues.ts");
  if (!entry) throw new Error("saveIssue not found in the server action manifest");
  return entry[0];
}

async function pgliteDrill(): Promise<void> {
  console.log("\n2. PGlite killed with SIGKILL while editors save and visitors sign up");
  const dataDir = ".data-faults-lite";
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}.log`, { force: true });
  process.env.DATA_DIR = dataDir;
  process.env.DATABASE_URL = "";
  const { getDb, closeDb } = await import("@/db");
  const { createUserForEditor } = await import("@/db/queries/users");
  const { createIssueForEditor } = await import("@/db/queries/issues/editor");
  const { hashPassword } = await import("@/lib/auth/password");
  const { issueDraftSchema } = await import("@/model/issue-draft");
  const { issues, subscribers } = await import("@/db/schema");
  const { inArray } = await import("drizzle-orm");

  const password = randomBytes(12).toString("base64url");
  const editors: Editor[] = [];
  {
    await getDb();
    const user = await createUserForEditor({
      email: "drill@faults.test",
      name: "Drill Editor",
      role: "editor",
      passwordHash: await hashPassword(password),
    });
    for (let i = 1; i <= 3; i++) {
      const created = await createIssueForEditor(issueDraftSchema.parse({ title: `Fault drill ${i}`, slug: `fault-drill-${i}` }), user.id);
      if (!created.ok) throw new Error("could not create the drill's drafts");
      editors.push({ issueId: created.id, version: 1, acked: null, ackedThisRound: 0 });
    }
    await closeDb();
  }
  const actionId = saveActionId();
  const ackedSignups: string[] = [];
  let unanswered = 0;

  for (let round = 1; round <= 2; round++) {
    const app = startApp({ DATA_DIR: dataDir, DATABASE_URL: "" }, false, dataDir);
    if (!(await waitForHealth(120_000))) throw new Error(`round ${round}: the server did not start on the data folder (see ${app.log})`);
    console.log(`  round ${round}: the server opened the data folder`);
    const cookie = await signInOverHttp("drill@faults.test", password);
    const form = await signupForm(base);
    if (!form) throw new Error("no signup form on /newsletter");
    for (const e of editors) {
      // Saves carry the version they start from: pick up what the last round left.
      e.version = e.acked?.version ?? e.version;
      e.ackedThisRound = 0;
    }
    let signupsThisRound = 0;

    let running = true;
    let counter = 0;
    const saveLoops = editors.map(async (e) => {
      let firstOfRound = true;
      while (running) {
        const summary = `round ${round} save ${++counter}`;
        const draft = issueDraftSchema.parse({ title: `Fault drill ${e.issueId}`, slug: `fault-drill-${e.issueId}`, summary });
        try {
          const res = await fetch(`${base}/editor/issues/${e.issueId}`, {
            method: "POST",
            headers: {
              "next-action": actionId,
              "content-type": "text/plain;charset=UTF-8",
              accept: "text/x-component",
              origin: base,
              cookie,
            },
            body: JSON.stringify([{ id: e.issueId, version: e.version, draft }]),
          });
          const text = await res.text();
          const version = /"ok":true,"version":(\d+)/.exec(text)?.[1];
          const newer = /"conflict":\{"version":(\d+)/.exec(text)?.[1];
          if (res.ok && version) {
            e.version = Number(version);
            e.acked = { version: e.version, summary };
            e.ackedThisRound += 1;
            firstOfRound = false;
          } else if (res.ok && newer && firstOfRound) {
            // The kill cut off the answer to a save that did commit: the optimistic lock refuses
            // the stale version (as the editor would show); carry on from the stored one.
            e.version = Number(newer);
            firstOfRound = false;
          } else if (res.ok) {
            throw new Error(`round ${round}: a save was refused: ${text.slice(0, 200)}`);
          }
        } catch (err) {
          if (!running) break;
          if ((err as Error).message.startsWith("round")) throw err;
          unanswered += 1;
          break; // the server is gone
        }
      }
    });
    let signupN = 0;
    const signupLoops = Array.from({ length: 3 }, async () => {
      while (running) {
        const email = `drill-${round}-${++signupN}@example.org`;
        try {
          const res = await fetch(`${base}/newsletter`, { method: "POST", ...signupRequest(base, form, email, address()) });
          if (res.ok && (await res.text()).includes(SIGNUP_THANKS)) {
            ackedSignups.push(email);
            signupsThisRound += 1;
          }
        } catch {
          unanswered += 1;
          break;
        }
      }
    });

    // Kill once every editor and the signups have had writes acknowledged in this round (however
    // slow the machine is), then a moment later, while the next writes are in flight.
    const until = Date.now() + 120_000;
    while (!(editors.every((e) => e.ackedThisRound >= 3) && signupsThisRound >= 3)) {
      if (Date.now() > until) throw new Error(`round ${round}: writes were not acknowledged within 120 s (see ${app.log})`);
      await sleep(50);
    }
    await sleep(Math.random() * 500);
    const pid = listenerPid(APP_PORT);
    if (!pid) throw new Error("no server process to kill");
    process.kill(pid, "SIGKILL");
    console.log(`  round ${round}: SIGKILL to the server (pid ${pid}) in the middle of writing`);
    running = false;
    await Promise.all([...saveLoops, ...signupLoops]);
    await stopApp(app, "SIGKILL");
  }

  // Start once more on the same folder: it must open, then answer; then read what it kept.
  const app = startApp({ DATA_DIR: dataDir, DATABASE_URL: "" }, false, dataDir);
  const opened = await waitForHealth(120_000);
  await stopApp(app);
  expectThat(opened, "after two SIGKILLs the server started on the same data folder and answered /api/health");

  const db = await getDb();
  const rows = await db
    .select({ id: issues.id, version: issues.version, summary: issues.summary })
    .from(issues)
    .where(
      inArray(
        issues.id,
        editors.map((e) => e.issueId),
      ),
    );
  const kept = await db
    .select({ email: subscribers.email })
    .from(subscribers)
    .where(inArray(subscribers.email, ackedSignups.length ? ackedSignups : ["-"]));
  await closeDb();
  const savesOk = editors.every((e) => {
    const row = rows.find((r) => r.id === e.issueId);
    return !!row && !!e.acked && (row.version > e.acked.version || (row.version === e.acked.version && row.summary === e.acked.summary));
  });
  const ackedSaves = editors.reduce((n, e) => n + (e.acked?.version ?? 1) - 1, 0);
  console.log(
    `  acknowledged: ${ackedSaves} draft saves on ${editors.length} issues, ${ackedSignups.length} signups; ${unanswered} requests cut off by the kill`,
  );
  expectThat(savesOk, "every acknowledged save is there (each draft at its last acknowledged version or later)");
  expectThat(kept.length === ackedSignups.length, `every acknowledged signup is there (${kept.length} of ${ackedSignups.length})`);
}

async function main() {
  const only = process.argv[2];
  if (only !== "pglite") await postgresDrill();
  if (only !== "postgres") await pgliteDrill();
  console.log(failures === 0 ? "\nfaults: every expectation held" : `\nfaults: ${failures} expectation(s) failed`);
  process.exitCode = failures === 0 ? 0 : 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
