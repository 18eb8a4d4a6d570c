/** When `npm start` builds: on a fresh clone, after a change to the source or lockfile, never for a restart. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildFingerprint, buildNeeded, recordBuild } from "../../scripts/build-fingerprint";

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project() {
  root = mkdtempSync(path.join(tmpdir(), "dispatch-fingerprint-"));
  mkdirSync(path.join(root, "app"), { recursive: true });
  writeFileSync(path.join(root, "app", "page.tsx"), "export default function Page() { return null; }\n");
  writeFileSync(path.join(root, "package-lock.json"), "{}\n");
  return root;
}

function build(dir: string) {
  mkdirSync(path.join(dir, ".next"), { recursive: true });
  writeFileSync(path.join(dir, ".next", "BUILD_ID"), "abc\n");
  const past = new Date(Date.now() - 10_000);
  utimesSync(path.join(dir, ".next", "BUILD_ID"), past, past);
  recordBuild(buildFingerprint(dir), dir);
}

describe("build fingerprint", () => {
  it("builds on a fresh clone, reuses the build for a restart, builds again after a change", () => {
    const dir = project();
    expect(buildNeeded(dir)).toBe("no build yet");
    build(dir);
    expect(buildNeeded(dir)).toBeNull();
    // Data, tests and settings are not inputs of the build.
    mkdirSync(path.join(dir, ".data"));
    writeFileSync(path.join(dir, ".data", "x"), "content");
    process.env.SITE_URL = "https://elsewhere.example";
    expect(buildNeeded(dir)).toBeNull();
    delete process.env.SITE_URL;
    writeFileSync(path.join(dir, "app", "page.tsx"), "export default function Page() { return 1; }\n");
    expect(buildNeeded(dir)).toMatch(/changed/);
    build(dir);
    writeFileSync(path.join(dir, "package-lock.json"), '{"lockfileVersion":3}\n');
    expect(buildNeeded(dir)).toMatch(/changed/);
  });

  it("builds again after a `next build` made by hand", () => {
    const dir = project();
    build(dir);
    utimesSync(path.join(dir, ".next", "BUILD_ID"), new Date(Date.now() + 5_000), new Date(Date.now() + 5_000));
    expect(buildNeeded(dir)).toMatch(/another build/);
  });
});
