/**
 * More servers of the build under test, for the tests that need another database or another
 * SITE_URL: `npm start` with SKIP_BUILD=1 (the README's start, reusing the build the suite's own
 * server made), each on its own port and DATA_DIR, in its own process group.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const basePort = Number(process.env.E2E_EXTRA_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 5);
let nextPort = basePort;

export function extraPort(): number {
  return nextPort++;
}

export function tempDataDir(name: string): string {
  return path.join(mkdtempSync(path.join(tmpdir(), `dispatch-e2e-${name}-`)), "data");
}

export function removeDataDir(dataDir: string): void {
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
}

const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");

function baseEnv(dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: "",
    REDIS_URL: "",
    SMTP_URL: "",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/** Loads `count` generated issues into the embedded database in `dataDir` (the CLI a user runs). */
export function seedSynthetic(dataDir: string, count: number, prefix: string): void {
  const run = spawnSync(tsx, ["--conditions=react-server", "scripts/seed-synthetic.ts", "--count", String(count), "--prefix", prefix], {
    env: baseEnv(dataDir),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`seeding failed: ${run.stdout}\n${run.stderr}`);
}

export type Server = { url: string; port: number; stop: () => Promise<void> };

/** Starts the build on `dataDir` with `siteUrl` and waits for health. */
export async function startServer(options: { dataDir: string; siteUrl?: string; port?: number }): Promise<Server> {
  const port = options.port ?? extraPort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(tsx, ["--conditions=react-server", "scripts/start.ts"], {
    env: {
      ...baseEnv(options.dataDir),
      PORT: String(port),
      SITE_URL: options.siteUrl ?? url,
      SKIP_BUILD: "1",
      DISPATCH_SEND_WORKER: "off",
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server not healthy after 120 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port,
    stop: async () => {
      if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
      await exited;
    },
  };
}

/** Every /issues/<slug> link on the reader lists reachable from home (archive, categories, authors, their pages). */
export async function crawlIssueLinks(base: string, maxPages = 80): Promise<{ pages: string[]; issues: Set<string> }> {
  const list = /^\/(issues(\/page\/\d+)?|categories\/[^/?#]+(\/page\/\d+)?|authors\/[^/?#]+(\/page\/\d+)?)$/;
  const queue = ["/", "/issues"];
  const seen = new Set(queue);
  const issues = new Set<string>();
  const pages: string[] = [];
  while (queue.length > 0 && pages.length < maxPages) {
    const path = queue.shift()!;
    const response = await fetch(base + path);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    pages.push(path);
    const html = await response.text();
    for (const [, href] of html.matchAll(/href="(\/[^"#?]*)"/g)) {
      if (/^\/issues\/(?!page\/)[^/]+$/.test(href)) issues.add(href);
      else if (list.test(href) && !href.endsWith("/feed.xml") && !seen.has(href)) {
        seen.add(href);
        queue.push(href);
      }
    }
  }
  return { pages, issues };
}
