/**
 * Explicit compile hints for the client runtime, written into the build after `next build`.
 *
 * Every page starts by evaluating the same few chunks (React DOM, the router, Turbopack's
 * runtime: the build manifest's `rootMainFiles`). V8 compiles a function lazily, on the main
 * thread, the first time it is called, and starting the runtime calls most of them: in a trace of
 * the search page that start was one 35 ms task, 22 ms of it lazy compilation. Lighthouse's mobile
 * simulation multiplies that by four, which was the whole of the pages' Total Blocking Time.
 *
 * The magic comment `//# allFunctionsCalledOnLoad` on a script's first line tells Chromium (136
 * and later; other engines ignore a comment) to compile every function in it eagerly, on the
 * background thread that streams the script in, so the main thread only runs them. With it the
 * same task is 14 ms. Only the runtime every page runs at once gets it: eager compilation of
 * code a page never calls would cost memory and background time for nothing.
 *
 * The file names stay as Next made them (content hashes are cache keys, nothing verifies them),
 * and the brotli twins are made afterwards, from the hinted files.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** The scripts every App Router page evaluates at start, relative to `.next/`. */
export function startupScripts(root = process.cwd()): string[] {
  const manifest = path.join(root, ".next", "build-manifest.json");
  if (!existsSync(manifest)) return [];
  const { rootMainFiles } = JSON.parse(readFileSync(manifest, "utf8")) as { rootMainFiles?: string[] };
  return (rootMainFiles ?? []).filter((file) => file.endsWith(".js"));
}

/** Puts the compile hint on the first line of each startup script that lacks it; returns how many. */
export function addCompileHints(root = process.cwd()): number {
  let hinted = 0;
  for (const file of startupScripts(root)) {
    const full = path.join(root, ".next", file);
    const source = readFileSync(full, "utf8");
    if (source.startsWith(COMPILE_HINT)) continue;
    writeFileSync(full, COMPILE_HINT + source);
    hinted++;
  }
  return hinted;
}
