/**
 * `npm run export` (without password hashes, the default) and `npm run import` into a new data
 * folder, as real commands: the import's log names the command that gets an owner in, and
 * running exactly that command gives a password the real sign-in check accepts.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), "dispatch-restore-"));

afterAll(() => rmSync(work, { recursive: true, force: true }));

async function npm(dataDir: string, args: string[]): Promise<string> {
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", PORT: "3409", LOG_LEVEL: "silent", NODE_ENV: "development" as const };
  const { stdout } = await run("npm", ["run", "-s", ...args], { cwd: process.cwd(), env, timeout: 120_000 });
  return stdout;
}

describe("import of an archive without password hashes", () => {
  it("the log says how to get an owner in, and that way works", { timeout: 240_000 }, async () => {
    const a = path.join(work, "a");
    const b = path.join(work, "b");
    const archive = path.join(work, "site.jsonl.gz");
    await npm(a, ["db:migrate"]);
    await npm(a, [
      "user:create",
      "--",
      "--email",
      "olive@example.com",
      "--name",
      "Olive",
      "--role",
      "owner",
      "--password",
      "the first long password",
    ]);
    await npm(a, [
      "user:create",
      "--",
      "--email",
      "ed@example.com",
      "--name",
      "Ed",
      "--role",
      "editor",
      "--password",
      "another long password",
    ]);
    await npm(a, ["export", "--", "--out", archive]);

    const log = await npm(b, ["import", "--", archive]);
    expect(log).toContain("The archive had no password hashes");
    const command = /^\s*npm run user:password -- --email (\S+)$/m.exec(log);
    expect(command, log).not.toBeNull();
    expect(command![1]).toBe("olive@example.com");
    expect(log).toContain("The 1 other login(s)");

    // Exactly the command the log printed.
    const out = await npm(b, ["user:password", "--", "--email", command![1]]);
    const password = /Password \(shown once\): (\S+)/.exec(out)?.[1];
    expect(password, out).toBeTruthy();

    process.env.DATA_DIR = b;
    process.env.DATABASE_URL = "";
    const { closeDb, getHandle } = await import("@/db");
    const { checkCredentials } = await import("@/lib/auth/sign-in");
    await getHandle();
    try {
      expect(await checkCredentials({ email: "olive@example.com", password: "the first long password" }, "203.0.113.9")).toMatchObject({
        ok: false,
      });
      expect(await checkCredentials({ email: "olive@example.com", password }, "203.0.113.9")).toMatchObject({
        ok: true,
        user: { email: "olive@example.com", role: "owner" },
      });
    } finally {
      await closeDb();
    }
  });
});
