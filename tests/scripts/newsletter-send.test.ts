/**
 * `npm run newsletter:send -- --issue SLUG --yes` as an operator runs it: a child process against
 * a throwaway database (an embedded one in a temporary folder, or a fresh PostgreSQL database with
 * TEST_DATABASE_URL), mail to a real SMTP server. It sends once; the second run is refused and
 * sends nothing; without --yes on a non-interactive input it asks for nothing and sends nothing.
 * Four child processes of tsx: minutes on a loaded machine, hence the long timeout.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { subscribers } from "@/db/schema";
import { applySeed } from "@/db/seed/apply";
import { demoContent } from "@/db/seed/demo";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

const root = process.cwd();
const dataDir = mkdtempSync(path.join(tmpdir(), "dispatch-cli-send-"));
const SLUG = "chinese-innovation-news-february-2025";
let sink: SmtpSink;
let postgres: TestDatabase | undefined;

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.AUTH_SECRET = "test-secret-test-secret-test-secret-0123456789";
  if (process.env.TEST_DATABASE_URL) {
    postgres = await createTestDatabase();
  } else {
    // The embedded database in a folder the child opens after this process lets go of it.
    process.env.DATABASE_URL = "";
    process.env.DATA_DIR = dataDir;
  }
  const db = postgres?.db ?? (await getDb());
  await applySeed(db, demoContent);
  await db
    .insert(subscribers)
    .values(["a", "b", "c"].map((n) => ({ email: `${n}@example.com`, status: "confirmed" as const, confirmedAt: new Date() })));
  if (!postgres) await closeDb();
});

afterAll(async () => {
  await sink?.close();
  await postgres?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function run(args: string[]): Promise<{ code: number; output: string }> {
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/newsletter-send.ts", ...args], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: postgres?.url ?? "",
      DATA_DIR: dataDir,
      SMTP_URL: sink.url,
      SITE_URL: "https://news.example.com",
      LOG_LEVEL: "silent",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code: code ?? -1, output })));
}

describe("npm run newsletter:send", () => {
  it(
    "asks (and without a terminal refuses) unless --yes, sends once with --yes, refuses the second time",
    { timeout: 480_000 },
    async () => {
      const unasked = await run(["--issue", SLUG]);
      expect(unasked.output).toContain("3 confirmed subscribers");
      expect(unasked.output).toContain("add --yes");
      expect(unasked.code).toBe(1);
      expect(sink.messages).toHaveLength(0);

      const first = await run(["--issue", SLUG, "--yes"]);
      expect(first.output).toContain("Sent: 3 of 3");
      expect(first.code).toBe(0);
      expect(sink.messages.map((m) => m.to).sort()).toEqual(["a@example.com", "b@example.com", "c@example.com"]);

      const second = await run(["--issue", SLUG, "--yes"]);
      expect(second.code).toBe(1);
      expect(second.output).toContain("has already been sent by email");
      expect(sink.messages).toHaveLength(3);

      const bad = await run(["--issue", "Not a slug!"]);
      expect(bad.code).toBe(2);
      expect(bad.output).toContain("Usage: npm run newsletter:send");
    },
  );
});
