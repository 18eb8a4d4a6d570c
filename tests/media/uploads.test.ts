import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { checkImage, MAX_UPLOAD_BYTES, sniffImageType } from "@/lib/media/image-check";
import { readCapped, TooLargeError } from "@/lib/media/upload";
import { isValidKey } from "@/lib/storage";
import { LocalStorage } from "@/lib/storage/local";

process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "dispatch-media-"));

const image = (format: "png" | "jpeg" | "webp" | "gif", width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: "#0f766e" } })
    [format]()
    .toBuffer();

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

function pngHeaderOnly(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(Buffer.alloc(1024))), chunk("IEND", new Uint8Array())]),
  );
}

describe("image checks", () => {
  it.each(["png", "jpeg", "webp", "gif"] as const)("accepts %s by its bytes and reads its size", async (format) => {
    const result = await checkImage(new Uint8Array(await image(format, 120, 80)));
    expect(result).toMatchObject({ ok: true, width: 120, height: 80 });
  });

  it("refuses SVG with a clear message, whatever it is called", async () => {
    const svg = new TextEncoder().encode('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const result = await checkImage(svg);
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error).toMatch(/SVG images are not accepted/);
  });

  it("refuses other files, and a PNG signature in front of something else", async () => {
    expect(await checkImage(new TextEncoder().encode("%PDF-1.7 not an image"))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/PNG, JPEG, WebP or GIF/),
    });
    const fake = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5]);
    expect(await checkImage(fake)).toMatchObject({ ok: false, error: expect.stringMatching(/could not be read|does not match/) });
    expect(await checkImage(new Uint8Array())).toMatchObject({ ok: false, error: "The file is empty." });
  });

  it("refuses a 20000×20000 PNG by its header, without decoding it", async () => {
    // A valid PNG header claiming 20000×20000 (400 megapixels) in a few hundred bytes: a bomb.
    const huge = pngHeaderOnly(20000, 20000);
    const before = process.memoryUsage().rss;
    const result = await checkImage(new Uint8Array(huge));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/20000×20000 pixels; at most 40 megapixels/) });
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  }, 120_000);

  it("refuses more than 10 MB while reading the body", async () => {
    const chunk = new Uint8Array(1024 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 11; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    await expect(readCapped(stream)).rejects.toBeInstanceOf(TooLargeError);
    expect(await checkImage(new Uint8Array(MAX_UPLOAD_BYTES + 1))).toMatchObject({ ok: false, error: "The file is larger than 10 MB." });
  });

  it("sniffs types by magic bytes only", () => {
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))?.mime).toBe("image/jpeg");
    expect(sniffImageType(new TextEncoder().encode("GIF89a"))?.mime).toBe("image/gif");
    expect(sniffImageType(new TextEncoder().encode("RIFF0000WEBP"))?.mime).toBe("image/webp");
    expect(sniffImageType(new TextEncoder().encode("<html>"))).toBeNull();
  });
});

describe("storage and the media route", () => {
  it("accepts only server-made keys", () => {
    expect(isValidKey("ab/AbCdEfGhIjKlMnOpQrStUv.png")).toBe(true);
    for (const bad of [
      "../secret.png",
      "ab/../../etc/passwd",
      "ab/x.svg",
      "/ab/AbCdEfGhIjKlMnOpQrStUv.png",
      "ab\\AbCdEfGhIjKlMnOpQrStUv.png",
      "ab/AbCdEfGhIjKlMnOpQrStUv.png/..",
      "zz/AbCdEfGhIjKlMnOpQrStUv.png",
    ]) {
      expect(isValidKey(bad), bad).toBe(false);
    }
  });

  it("never resolves a path outside its folder", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "dispatch-store-"));
    const store = new LocalStorage(root);
    await expect(store.put("../escape.png", new Uint8Array([1]))).rejects.toThrow(/escapes/);
    await store.put("ab/AbCdEfGhIjKlMnOpQrStUv.png", new Uint8Array([1, 2, 3]));
    expect(readdirSync(path.join(root, "ab"))).toEqual(["AbCdEfGhIjKlMnOpQrStUv.png"]);
    expect((await store.get("ab/AbCdEfGhIjKlMnOpQrStUv.png"))?.size).toBe(3);
    expect(await store.get("ab/missing.png")).toBeNull();
  });

  it("serves an upload with its type, a year of immutable caching and nosniff; unknown keys are 404", async () => {
    const { storage } = await import("@/lib/storage");
    const png = new Uint8Array(await image("png"));
    await storage().put("cd/ServedServedServedServed.png", png);
    const { GET } = await import("@/app/media/[...key]/route");
    const ok = await GET(new Request("http://localhost/media/cd/ServedServedServedServed.png"), {
      params: Promise.resolve({ key: ["cd", "ServedServedServedServed.png"] }),
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("image/png");
    expect(ok.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await ok.arrayBuffer())).toEqual(png);
    for (const key of [
      ["..", "..", "package.json"],
      ["cd", "missingmissingmissing.png"],
      ["cd", "%2e%2e"],
    ]) {
      const response = await GET(new Request("http://localhost/media/x"), { params: Promise.resolve({ key }) });
      expect(response.status, key.join("/")).toBe(404);
    }
  });
});
