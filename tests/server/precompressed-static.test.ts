/**
 * The brotli twins of the build's scripts and stylesheets, over a real HTTP connection: who gets
 * them, who does not, and that a request path can name nothing but a file the build made.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { rawRequest } from "../support/raw-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPrecompressed, precompressStatic, servePrecompressed } from "@/lib/server/precompressed-static";

const script = `console.log(${JSON.stringify("dispatch ".repeat(2000))});\n`;
let root: string;
let server: http.Server;
let base: string;

const get = (pathname: string, headers: Record<string, string> = {}, method = "GET") => rawRequest(`${base}${pathname}`, headers, method);

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), "dispatch-br-"));
  mkdirSync(path.join(root, ".next", "static", "chunks"), { recursive: true });
  writeFileSync(path.join(root, ".next", "static", "chunks", "app.js"), script);
  writeFileSync(path.join(root, ".next", "static", "chunks", "app.css"), "body{color:red}".repeat(100));
  writeFileSync(path.join(root, ".next", "static", "chunks", "logo.svg"), "<svg/>");
  writeFileSync(path.join(root, "package.json"), "{}");
  const made = precompressStatic(root);
  expect(made.files).toBe(2);
  expect(made.after).toBeLessThan(made.before / 10);
  const entries = loadPrecompressed(root);
  server = http.createServer((req, res) => {
    if (servePrecompressed(entries, req, res, (req.url ?? "").split("?")[0])) return;
    res.statusCode = 404;
    res.end("not ours");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe("precompressed build files", () => {
  it("sends a script in brotli to a client that takes it, with its type, length and a year's cache", async () => {
    const res = await get("/_next/static/chunks/app.js", { "Accept-Encoding": "gzip, deflate, br" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/^application\/javascript/);
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it("stylesheets too; HEAD gets the headers and no body", async () => {
    const css = await get("/_next/static/chunks/app.css", { "Accept-Encoding": "br" });
    expect(css.headers["content-type"]).toMatch(/^text\/css/);
    const head = await get("/_next/static/chunks/app.js", { "Accept-Encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-encoding"]).toBe("br");
    expect(head.body.length).toBe(0);
  });

  it("leaves to the next handler a client without br, br refused with q=0, a POST, other files and a query", async () => {
    for (const [pathname, headers, method] of [
      ["/_next/static/chunks/app.js", { "Accept-Encoding": "gzip" }, "GET"],
      ["/_next/static/chunks/app.js", { "Accept-Encoding": "gzip, br;q=0" }, "GET"],
      ["/_next/static/chunks/app.js", {}, "GET"],
      ["/_next/static/chunks/app.js", { "Accept-Encoding": "br" }, "POST"],
      ["/_next/static/chunks/logo.svg", { "Accept-Encoding": "br" }, "GET"],
      ["/_next/static/chunks/app.js.br", { "Accept-Encoding": "br" }, "GET"],
    ] as const) {
      const res = await get(pathname, headers, method);
      expect(res.status, `${method} ${pathname} ${JSON.stringify(headers)}`).toBe(404);
      expect(res.body.toString()).toBe("not ours");
    }
  });

  it("cannot be led outside the build's files", async () => {
    for (const pathname of [
      "/_next/static/../../package.json",
      "/_next/static/chunks/%2e%2e/%2e%2e/%2e%2e/package.json",
      "/_next/static/chunks//app.js",
    ]) {
      const res = await get(pathname, { "Accept-Encoding": "br" });
      expect(res.status, pathname).toBe(404);
    }
  });
});
