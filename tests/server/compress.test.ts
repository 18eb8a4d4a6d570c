/**
 * Live compression and the best-quality brotli kept for whole pages, over real HTTP connections:
 * what each client gets, that a stored body only ever answers for the same bytes, and that
 * streamed responses and other encodings are left as they were.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { rawRequest } from "../support/raw-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBestBrotli, type BestBrotli } from "@/lib/server/best-brotli";
import { acceptsBrotli, compressResponse } from "@/lib/server/compress";
import { dropUnreadHeaders } from "@/lib/server/unread-headers";

/** A page shaped like an issue: prose in repeated markup, about 60 KB, 20 KB in brotli. */
function page(version: string): string {
  const words =
    "the a of and in to space station quantum photonic chip light source nickel superconductor battery cell repair wide body jet model open port phone town hall research team result pressure field cold laser pulse".split(
      " ",
    );
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const paragraphs = Array.from({ length: 80 }, (_, i) => {
    const text = Array.from({ length: 90 }, () => words[next() % words.length]).join(" ");
    return `<p class="mt-4 text-stone-700 dark:text-stone-300">${i}: ${text}.</p>`;
  });
  return `<!doctype html><html><head><title>${version}</title></head><body>${paragraphs.join("\n")}</body></html>`;
}

let best: BestBrotli;
let server: http.Server;
let base: string;
let current = page("v1");

const get = (pathname: string, headers: Record<string, string> = {}, method = "GET") => rawRequest(`${base}${pathname}`, headers, method);

beforeAll(async () => {
  best = createBestBrotli({ maxBytes: 1024 * 1024, maxQueued: 8 });
  server = http.createServer((req, res) => {
    const varnish = req.headers["x-test-varnish"] === "1";
    compressResponse(req, res, { best, waitForBest: varnish });
    dropUnreadHeaders(res, { varnish });
    const path = req.url ?? "/";
    if (path === "/stream") {
      // A streamed page (search, a first render): written in parts, never whole.
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("x-nextjs-postponed", "1");
      res.setHeader("ETag", '"stream"');
      res.write(current.slice(0, 40_000));
      res.end(current.slice(40_000));
      return;
    }
    if (path === "/rsc") {
      res.setHeader("Content-Type", "text/x-component");
      res.setHeader("x-nextjs-stale-time", "300");
      res.setHeader("ETag", '"rsc"');
      res.end(current);
      return;
    }
    // A prerendered page as Next sends one: headers, then the whole body in one end().
    res.statusCode = path === "/missing" ? 404 : 200;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("ETag", `"${current.length}-${current.slice(-40).length}-${current.includes("v2") ? 2 : 1}"`);
    res.setHeader("Content-Length", Buffer.byteLength(current));
    res.setHeader("xkey", "site issue:x");
    res.setHeader("x-nextjs-cache", "HIT");
    res.setHeader("x-nextjs-prerender", "1");
    res.end(current);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("whole pages", () => {
  it("go out at live quality first, then at best quality once it is made, reading the same", async () => {
    const first = await get("/", { "Accept-Encoding": "gzip, deflate, br, zstd" });
    expect(first.headers["content-encoding"]).toBe("br");
    expect(first.headers["content-length"]).toBeUndefined(); // live compression streams
    expect(brotliDecompressSync(first.body).toString()).toBe(current);
    await best.idle();
    const second = await get("/", { "Accept-Encoding": "gzip, deflate, br, zstd" });
    expect(second.headers["content-encoding"]).toBe("br");
    expect(Number(second.headers["content-length"])).toBe(second.body.length);
    expect(second.headers["vary"]).toContain("Accept-Encoding");
    expect(brotliDecompressSync(second.body).toString()).toBe(current);
    console.log(`page of ${Buffer.byteLength(current)} bytes: brotli 5 ${first.body.length}, brotli 11 ${second.body.length}`);
    expect(second.body.length).toBeLessThan(first.body.length);
    expect(best.stats()).toMatchObject({ entries: 1, queued: 0 });
  });

  it("a new version of the page is never answered with the old one's bytes", async () => {
    await get("/", { "Accept-Encoding": "br" });
    await best.idle();
    current = page("v2");
    const changed = await get("/", { "Accept-Encoding": "br" });
    expect(brotliDecompressSync(changed.body).toString()).toBe(current);
    expect(changed.headers["content-length"]).toBeUndefined();
    await best.idle();
    const again = await get("/", { "Accept-Encoding": "br" });
    expect(again.headers["content-length"]).toBeDefined();
    expect(brotliDecompressSync(again.body).toString()).toBe(current);
  });

  it("a client without brotli gets gzip or the page itself, never the stored brotli", async () => {
    await best.idle();
    const gzip = await get("/", { "Accept-Encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toBe(current);
    const refused = await get("/", { "Accept-Encoding": "br;q=0, gzip" });
    expect(refused.headers["content-encoding"]).toBe("gzip");
    const plain = await get("/");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(current);
    const head = await get("/", { "Accept-Encoding": "br" }, "HEAD");
    expect(head.body.length).toBe(0);
  });

  it("leaves streamed responses and error pages to live compression", async () => {
    for (let i = 0; i < 2; i++) {
      const streamed = await get("/stream", { "Accept-Encoding": "br" });
      expect(streamed.headers["content-length"]).toBeUndefined();
      expect(brotliDecompressSync(streamed.body).toString()).toBe(current);
      const missing = await get("/missing", { "Accept-Encoding": "br" });
      expect(missing.status).toBe(404);
      expect(missing.headers["content-length"]).toBeUndefined();
      expect(brotliDecompressSync(missing.body).toString()).toBe(current);
      await best.idle();
    }
  });

  it("behind Varnish, which keeps what it is sent, even a page's first response is the best brotli", async () => {
    current = page("v3");
    const first = await get("/", { "Accept-Encoding": "br", "x-test-varnish": "1" });
    expect(first.headers["content-encoding"]).toBe("br");
    expect(Number(first.headers["content-length"])).toBe(first.body.length);
    expect(brotliDecompressSync(first.body).toString()).toBe(current);
    // The same bytes a reader without Varnish gets once the page is stored.
    const later = await get("/", { "Accept-Encoding": "br" });
    expect(later.body.equals(first.body)).toBe(true);
    // Concurrent misses for one page are compressed once.
    current = page("v4");
    const replies = await Promise.all([1, 2, 3].map(() => get("/", { "Accept-Encoding": "br", "x-test-varnish": "1" })));
    for (const reply of replies) expect(reply.body.equals(replies[0].body)).toBe(true);
  });

  it("keeps at most its byte budget, dropping the least recently used", async () => {
    const bodies = ["a", "b", "c"].map((v) => Buffer.from(page(v)));
    const one = createBestBrotli();
    one.lookup(bodies[0]);
    await one.idle();
    const size = one.stats().bytes;
    // Room for two and a half pages: the third evicts the first.
    const small = createBestBrotli({ maxBytes: Math.floor(size * 2.5), maxQueued: 8 });
    for (const body of bodies) {
      expect(small.lookup(body)).toBeUndefined();
      await small.idle();
    }
    expect(small.stats().entries).toBe(2);
    expect(small.stats().bytes).toBeLessThanOrEqual(size * 2.5);
    expect(small.lookup(bodies[2])).toBeDefined();
    expect(small.lookup(bodies[1])).toBeDefined();
    expect(small.lookup(bodies[0])).toBeUndefined();
  });
});

describe("headers no browser reads", () => {
  it("are taken off pages; the router's stale time stays on its payload requests; tags stay for Varnish", async () => {
    const plain = await get("/", { "Accept-Encoding": "br" });
    expect(plain.headers["xkey"]).toBeUndefined();
    expect(plain.headers["x-nextjs-cache"]).toBeUndefined();
    expect(plain.headers["x-nextjs-prerender"]).toBeUndefined();
    const rsc = await get("/rsc", { "Accept-Encoding": "br" });
    expect(rsc.headers["x-nextjs-stale-time"]).toBe("300");
    const behindVarnish = await get("/", { "Accept-Encoding": "br", "x-test-varnish": "1" });
    expect(behindVarnish.headers["xkey"]).toBe("site issue:x");
    expect((await get("/stream", { "Accept-Encoding": "br" })).headers["x-nextjs-postponed"]).toBeUndefined();
    expect((await get("/stream", { "Accept-Encoding": "br", "x-test-varnish": "1" })).headers["x-nextjs-postponed"]).toBe("1");
  });
});

describe("acceptsBrotli", () => {
  it("reads the Accept-Encoding list as browsers write it", () => {
    expect(acceptsBrotli("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsBrotli("br;q=0.5")).toBe(true);
    expect(acceptsBrotli("BR")).toBe(true);
    expect(acceptsBrotli("br;q=0")).toBe(false);
    expect(acceptsBrotli("gzip, brotli")).toBe(false);
    expect(acceptsBrotli(undefined)).toBe(false);
    expect(acceptsBrotli(["gzip", "br"])).toBe(true);
  });
});
