/** The compile hint goes on the startup scripts the build manifest names, once, and on nothing else. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT, startupScripts } from "../../scripts/compile-hints";

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function build(files: Record<string, string>, rootMainFiles: string[]) {
  root = mkdtempSync(path.join(tmpdir(), "dispatch-hints-"));
  mkdirSync(path.join(root, ".next", "static", "chunks"), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, ".next", name), text);
  writeFileSync(path.join(root, ".next", "build-manifest.json"), JSON.stringify({ rootMainFiles }));
  return root;
}

const read = (name: string) => readFileSync(path.join(root, ".next", name), "utf8");

describe("compile hints", () => {
  it("hints each startup script once, and leaves the page chunks and stylesheets as they were", () => {
    build({ "static/chunks/runtime.js": "(()=>{})();", "static/chunks/page.js": "page();", "static/chunks/a.css": "a{}" }, [
      "static/chunks/runtime.js",
      "static/chunks/a.css",
    ]);
    expect(startupScripts(root)).toEqual(["static/chunks/runtime.js"]);
    expect(addCompileHints(root)).toBe(1);
    expect(read("static/chunks/runtime.js")).toBe(`${COMPILE_HINT}(()=>{})();`);
    expect(read("static/chunks/page.js")).toBe("page();");
    expect(read("static/chunks/a.css")).toBe("a{}");
    // A second run (npm start after npm run build) changes nothing.
    expect(addCompileHints(root)).toBe(0);
    expect(read("static/chunks/runtime.js")).toBe(`${COMPILE_HINT}(()=>{})();`);
  });

  it("does nothing for a build without a manifest", () => {
    root = mkdtempSync(path.join(tmpdir(), "dispatch-hints-"));
    expect(addCompileHints(root)).toBe(0);
  });
});
