/**
 * Every `npm run` command the README or docs/scripts.md documents exists in package.json and is
 * run by CI (.ci/run or scripts/ci-smoke.sh), so a documented script that breaks fails CI.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (file: string) => readFileSync(file, "utf8");
const scripts = Object.keys((JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts);
const ci = read(".ci/run") + read("scripts/ci-smoke.sh");

/** Run by CI through another command rather than by name. */
const RUN_INDIRECTLY: Record<string, string> = {
  start: "every Playwright run starts the server with npm start",
  "test:unit": "npm test runs it",
  "test:e2e": "npm test runs it",
  serve: "npm start and the cluster start it",
  format: "it writes; CI runs format:check, the same check without writing",
};

function documented(): string[] {
  const text = read("README.md") + read("docs/scripts.md");
  const names = new Set<string>();
  for (const m of text.matchAll(/npm run ([a-z][a-z0-9:-]*)/g)) names.add(m[1]);
  // "`npm run test:unit` / `test:e2e`" and "`bench`, `bench:scale`, …" name several in one cell.
  for (const m of text.matchAll(/`(?:npm run )?([a-z][a-z0-9]*(?::[a-z0-9-]+)?)`/g)) if (scripts.includes(m[1])) names.add(m[1]);
  return [...names];
}

const runByCi = (name: string) => new RegExp(`npm (run (-s )?)?${name.replace(/[:-]/g, "\\$&")}( |$|")`, "m").test(ci);

describe("documented scripts", () => {
  it("finds the documented scripts", () => {
    expect(documented()).toEqual(expect.arrayContaining(["bench", "bench:scale", "load", "faults", "export", "import", "cluster"]));
  });

  it.each(documented())("npm run %s exists and CI runs it", (name) => {
    expect(scripts, `package.json has no script "${name}"`).toContain(name);
    if (RUN_INDIRECTLY[name]) return;
    expect(runByCi(name), `.ci/run and scripts/ci-smoke.sh never run "npm run ${name}"`).toBe(true);
  });

  it("knows each script run indirectly", () => {
    for (const name of Object.keys(RUN_INDIRECTLY)) expect(scripts).toContain(name);
  });
});
