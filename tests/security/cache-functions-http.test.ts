/**
 * Every "use cache" function called the way an attacker calls it: against the production build,
 * a POST with `Next-Action: <id>` (ids from .next/server/server-reference-manifest.json) and a
 * JSON argument list of their choosing, past proxy.ts and the page. Each answer must come fast,
 * carry no private field, and leave the server healthy; afterwards SIGTERM still stops it.
 *
 * Uses the build in .next (made first when there is none: `next build`); the server gets its own
 * fresh database (an embedded one in a temporary DATA_DIR, or a new PostgreSQL database when
 * TEST_DATABASE_URL is set) on E2E_PORT + 5.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/database";

const port = Number(process.env.E2E_PORT ?? 3100) + 5;
const base = `http://127.0.0.1:${port}`;
const nextBin = path.join(process.cwd(), "node_modules", ".bin", "next");
const manifestPath = path.join(process.cwd(), ".next", "server", "server-reference-manifest.json");

let server: ChildProcess;
let dataDir: string;
let pgDatabase: TestDatabase | undefined;
let output = "";

async function waitForHealth(timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(1_000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer /api/health within ${timeoutMs} ms:\n${output.slice(-2000)}`);
}

beforeAll(async () => {
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    const build = spawnSync(nextBin, ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) throw new Error("next build failed");
  }
  dataDir = mkdtempSync(path.join(tmpdir(), "dispatch-cache-http-"));
  if (process.env.TEST_DATABASE_URL) pgDatabase = await createTestDatabase();
  // The demo content, so that there is something to leak (an empty database proves nothing).
  const dbEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: pgDatabase?.url ?? "",
    AUTH_SECRET: "cache-http-test-secret-cache-http-test-secret",
  };
  const seed = spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/db-seed.ts"], {
    env: dbEnv,
    encoding: "utf8",
  });
  if (seed.status !== 0) throw new Error(`seeding failed: ${seed.stderr}`);
  server = spawn(nextBin, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_MANUAL_SIG_HANDLE: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      DATA_DIR: dataDir,
      DATABASE_URL: pgDatabase?.url ?? "",
      AUTH_SECRET: "cache-http-test-secret-cache-http-test-secret",
      SITE_URL: base,
      PORT: String(port),
      TRUST_PROXY: "0",
      LOG_LEVEL: "warn",
      DISPATCH_SCHEDULER: "off",
      DISPATCH_SEND_WORKER: "off",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (d) => (output += d));
  server.stderr!.on("data", (d) => (output += d));
  await waitForHealth(60_000);
}, 900_000);

afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
  await pgDatabase?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Every cached function's id, with a page it belongs to. */
function cacheReferences(): Array<{ id: string; name: string; page: string }> {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node)
    .filter(([, ref]) => ref.exportedName?.startsWith("$$RSC_SERVER_CACHE"))
    .map(([id, ref]) => {
      const worker = Object.keys(ref.workers)[0];
      const page =
        `/${worker
          .replace(/^app\//, "")
          .replace(/\/(page|route)$/, "")
          .replace(/\([^)]*\)\/?/g, "")}`
          .replace(/\[[^\]]+\]/g, "x")
          .replace(/\/$/, "") || "/";
      return { id, name: `${ref.exportedName} of ${worker}`, page };
    });
}

const demoSlug = "chinese-innovation-news-february-2025";
const hostileArgs: unknown[][] = [
  // A real slug too: the function then answers with data, which must still hold no private field.
  [demoSlug],
  ["x ".repeat(42_000)],
  ["live-issue\u0000"],
  [{ slug: "x" }],
  [Array.from({ length: 5_000 }, (_, i) => `c${i}`)],
  [1e308],
  [-5],
  [null, null, null],
];

const privateField = /"(createdBy|updatedBy|version|scheduledFor|passwordHash|email|uploadedBy|authorId|status)":/;

describe('every "use cache" function over the action protocol, on the production build', () => {
  it("refuses or caps hostile arguments, leaks no private field, and health keeps answering", async () => {
    const refs = cacheReferences();
    expect(refs.length).toBeGreaterThanOrEqual(14);
    const problems: string[] = [];
    let answeredWithData = 0;
    for (const ref of refs) {
      for (const args of hostileArgs) {
        const label = `${ref.name}(${JSON.stringify(args).slice(0, 40)})`;
        const started = Date.now();
        let body = "";
        try {
          const res = await fetch(`${base}${ref.page}`, {
            method: "POST",
            headers: { "Next-Action": ref.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
            body: JSON.stringify(args),
            signal: AbortSignal.timeout(10_000),
          });
          body = await res.text();
        } catch (err) {
          problems.push(`${label}: ${(err as Error).message}`);
        }
        if (Date.now() - started > 5_000) problems.push(`${label} took ${Date.now() - started} ms`);
        if (body.includes("February 2025")) answeredWithData++;
        const leak = body.match(privateField);
        if (leak) problems.push(`${label} returned ${leak[1]}`);
        const health = Date.now();
        const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
          (r) => r.ok,
          () => false,
        );
        if (!ok || Date.now() - health > 1_000) problems.push(`health after ${label}: ${ok ? `${Date.now() - health} ms` : "no answer"}`);
        if (problems.length > 5) break;
      }
    }
    expect(problems).toEqual([]);
    // The calls reached the functions (an action id that did not run would answer no data).
    expect(answeredWithData).toBeGreaterThan(0);
  }, 600_000);

  it("an 84 KB search leaves health answering, and SIGTERM still stops the server", async () => {
    const res = await fetch(`${base}/search?q=${encodeURIComponent("battery ".repeat(10_500)).slice(0, 60_000)}`, {
      signal: AbortSignal.timeout(15_000),
    });
    expect([200, 414, 431]).toContain(res.status);
    await res.text();
    const started = Date.now();
    expect((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);
    const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
    server.kill("SIGTERM");
    const code = await Promise.race([exited, new Promise<"hung">((r) => setTimeout(() => r("hung"), 15_000))]);
    expect(code, output.slice(-1000)).not.toBe("hung");
  }, 60_000);
});
