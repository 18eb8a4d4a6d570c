/**
 * Whether `npm start` must build: the build is reused when nothing it is made from has changed.
 * Its inputs are the source (every file under the folders below and the root config files), the
 * lockfile and NODE_ENV. Nothing else goes in: no setting changes what the build produces
 * (SITE_URL, REDIS_URL, DATABASE_URL and the rest are read at run time) and the build reads no
 * database, so a restart of the same code takes seconds whatever the archive holds.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { precompressStatic } from "@/lib/server/precompressed-static";
import { addCompileHints } from "./compile-hints";

const SOURCE_FOLDERS = ["app", "actions", "components", "db", "lib", "model", "public", "types"];
const ROOT_FILES = [
  "package.json",
  "package-lock.json",
  "next.config.ts",
  "proxy.ts",
  "auth.ts",
  "instrumentation.ts",
  "tsconfig.json",
  "postcss.config.mjs",
  "tailwind.config.ts",
];
const FINGERPRINT_FILE = path.join(".next", "dispatch-build-fingerprint");

function filesUnder(root: string, dir: string): string[] {
  const absolute = path.join(root, dir);
  if (!existsSync(absolute)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(absolute, { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(root, relative));
    else if (entry.isFile()) out.push(relative);
  }
  return out;
}

/** A hash of everything the build is made from, in a stable order. */
export function buildFingerprint(root = process.cwd()): string {
  const hash = createHash("sha256");
  const files = [...SOURCE_FOLDERS.flatMap((d) => filesUnder(root, d)), ...ROOT_FILES.filter((f) => existsSync(path.join(root, f)))].sort();
  for (const file of files) {
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(root, file)))
      .update("\0");
  }
  hash.update(`NODE_ENV=${process.env.NODE_ENV ?? ""}`);
  return hash.digest("hex");
}

/** Why a build is needed, or null when the last one can be reused. */
export function buildNeeded(root = process.cwd()): string | null {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) return "no build yet";
  const file = path.join(root, FINGERPRINT_FILE);
  if (!existsSync(file)) return "the last build was not made by npm start";
  const previous = readFileSync(file, "utf8").trim();
  if (previous !== buildFingerprint(root)) return "the source, lockfile or NODE_ENV changed since the last build";
  // A `next build` run by hand since then may differ (another NODE_ENV): build again.
  if (statSync(path.join(root, ".next", "BUILD_ID")).mtimeMs > statSync(file).mtimeMs) return "another build was made since";
  return null;
}

export function recordBuild(fingerprint: string, root = process.cwd()): void {
  writeFileSync(path.join(root, FINGERPRINT_FILE), `${fingerprint}\n`);
}

/** Runs `next build` and records what it was made from; exits the process when the build fails. */
export function buildAndRecord(root = process.cwd()): void {
  const fingerprint = buildFingerprint(root);
  const build = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  finishBuild(root);
  recordBuild(fingerprint, root);
}

/**
 * What every build gets after `next build`, whoever runs it (npm run build, bench:scale, the
 * cluster): compile hints on the startup scripts, then the brotli twins of the hinted files.
 */
export function finishBuild(root = process.cwd()): void {
  const hinted = addCompileHints(root);
  console.log(`Compile hints on ${hinted} startup scripts.`);
  const br = precompressStatic(root);
  console.log(
    `Brotli twins of ${br.files} scripts and stylesheets: ${(br.before / 1024).toFixed(0)} KiB → ${(br.after / 1024).toFixed(0)} KiB.`,
  );
}
