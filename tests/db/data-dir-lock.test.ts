import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = process.cwd();
const dataDir = mkdtempSync(path.join(tmpdir(), "dispatch-lock-"));

/** Runs `npm run db:migrate`-equivalent in a child process against dataDir. */
function runScript(script: string, extraEnv: Record<string, string> = {}) {
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", script], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, ...extraEnv },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const done = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? -1)));
  return { child, done, output: () => output };
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe.skipIf(!!process.env.TEST_DATABASE_URL)("the embedded data folder", () => {
  it("is refused to a second process while the first holds it, with a clear message", async () => {
    // The first process opens the folder and holds it until told to stop.
    const holder = runScript("tests/support/hold-database.ts");
    await expect.poll(() => holder.output(), { timeout: 30_000 }).toContain("holding");

    const second = runScript("scripts/db-migrate.ts");
    expect(await second.done).toBe(1);
    expect(second.output()).toMatch(/embedded database .* is in use by process \d+; stop it or set DATABASE_URL/);

    holder.child.kill("SIGTERM");
    expect(await holder.done).toBe(0);

    // Once released, the next process opens it normally.
    const third = runScript("scripts/db-migrate.ts");
    expect(await third.done).toBe(0);
  });
});
