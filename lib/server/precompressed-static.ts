/**
 * Brotli for the build's scripts and stylesheets. Next compresses what it serves with gzip only;
 * brotli at its highest quality makes the same files about 15 % smaller (a reader page's
 * scripts 155 → 134 KiB), and they are immutable, so each is compressed once, after `next build`
 * (`precompressStatic`, from scripts/build-fingerprint.ts), and served from the `.br` file beside
 * it to a browser that accepts br. Every other request, and a build without `.br` files (a
 * hand-run `next build`), is served by Next as before.
 *
 * What is served is looked up in the set of `.br` files found at start: a request path is a key,
 * never a file path, so nothing outside the build can be named.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import type http from "node:http";
import path from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const TYPES: Record<string, string> = { ".js": "application/javascript; charset=UTF-8", ".css": "text/css; charset=UTF-8" };
const PREFIX = "/_next/static/";

/** Paths under `dir`, relative to it (folders too: none is named like a script). */
function staticFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: "utf8" }) : [];
}

/** Writes `<file>.br` beside every script and stylesheet of the build in `root`/.next/static. */
export function precompressStatic(root = process.cwd()): { files: number; before: number; after: number } {
  const dir = path.join(root, ".next", "static");
  let before = 0;
  let after = 0;
  const files = staticFiles(dir).filter((f) => TYPES[path.extname(f)]);
  for (const file of files) {
    const full = path.join(dir, file);
    const source = readFileSync(full);
    const compressed = brotliCompressSync(source, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
    });
    writeFileSync(`${full}.br`, compressed);
    before += source.length;
    after += compressed.length;
  }
  return { files: files.length, before, after };
}

type Entry = { file: string; size: number; type: string };

/** The `.br` twins of the build in `root`, by request path (`/_next/static/chunks/x.js`). */
export function loadPrecompressed(root = process.cwd()): Map<string, Entry> {
  const dir = path.join(root, ".next", "static");
  const found = new Map<string, Entry>();
  for (const file of staticFiles(dir)) {
    if (!file.endsWith(".br")) continue;
    const original = file.slice(0, -3);
    const type = TYPES[path.extname(original)];
    if (!type) continue;
    const full = path.join(dir, file);
    found.set(PREFIX + original.split(path.sep).join("/"), { file: full, size: statSync(full).size, type });
  }
  return found;
}

function acceptsBrotli(header: string | string[] | undefined): boolean {
  const value = (Array.isArray(header) ? header.join(",") : (header ?? "")).toLowerCase();
  // "br" listed with a q of 0 means "not br".
  return value.split(",").some((part) => {
    const [coding, ...params] = part.trim().split(";");
    if (coding.trim() !== "br") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return !q || Number(q.slice(2)) > 0;
  });
}

/** Answers a GET or HEAD for a precompressed build file with its brotli twin; false when it is not one. */
export function servePrecompressed(
  entries: Map<string, Entry>,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const entry = entries.get(pathname);
  if (!entry) return false;
  // Next's own answer (gzip or none) depends on the same header.
  res.setHeader("Vary", "Accept-Encoding");
  if (!acceptsBrotli(req.headers["accept-encoding"])) return false;
  res.statusCode = 200;
  res.setHeader("Content-Type", entry.type);
  res.setHeader("Content-Encoding", "br");
  res.setHeader("Content-Length", entry.size);
  res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
  if (req.method === "HEAD") {
    res.end();
    return true;
  }
  const stream = createReadStream(entry.file);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
  return true;
}
