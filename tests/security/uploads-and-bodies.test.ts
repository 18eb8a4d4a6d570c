/**
 * Hostile files and oversized bodies against the real route handlers: SVG with script, polyglots,
 * a PNG named .jpg, 50 MB bodies with and without a declared length, traversal in /media paths,
 * and oversized or cross-site posts to the newsletter and Auth.js endpoints. Each checks the
 * answer and what was stored (database rows and files on disk).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it } from "vitest";
import { session, installFakes } from "./fakes";
import { databaseForThisFile } from "../support/database";
import { databaseFingerprint, seedEditorFixture, type EditorFixture } from "../support/editor-fixtures";

const dataDir = installFakes("uploads");
const uploads = path.join(dataDir, "uploads");
const engine = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const MB = 1024 * 1024;

let f: EditorFixture;
const database = databaseForThisFile(async (db) => {
  f = await seedEditorFixture(db);
});
beforeEach(() => {
  session.userId = f.users.cody.id;
  session.authReached = 0;
});

function storedFiles(): string[] {
  if (!existsSync(uploads)) return [];
  return readdirSync(uploads, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

const sameSite = { origin: "http://localhost", host: "localhost", "sec-fetch-site": "same-origin" };

/** A body that counts how much of it was pulled. */
function countingBody(total: number, chunk = 256 * 1024) {
  const state = { pulled: 0 };
  const piece = new Uint8Array(chunk);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= total) return controller.close();
      state.pulled += chunk;
      controller.enqueue(piece);
    },
  });
  return { stream, state };
}

async function upload(body: BodyInit, headers: Record<string, string> = {}) {
  const { POST } = await import("@/app/editor/media/upload/route");
  const request = new Request("http://localhost/editor/media/upload", {
    method: "POST",
    headers: { ...sameSite, "x-file-name": "a.png", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
  const response = await POST(request);
  return {
    status: response.status,
    body: (await response.json()) as { ok: boolean; error?: string; media?: { src: string; mime: string; width: number; height: number } },
  };
}

/** Asserts a refusal changed nothing: no media row, no file. */
async function expectNothingStored(before: Record<string, string>) {
  expect(await databaseFingerprint(database().db)).toEqual(before);
  expect(storedFiles()).toEqual([]);
}

const png = () =>
  sharp({ create: { width: 32, height: 24, channels: 3, background: "#0f766e" } })
    .png()
    .toBuffer();
const gif = () =>
  sharp({ create: { width: 32, height: 24, channels: 3, background: "#0f766e" } })
    .gif()
    .toBuffer();

describe(`hostile uploads (${engine})`, () => {
  beforeEach(() => {
    for (const file of storedFiles()) rmSync(file);
  });

  it("an SVG with script is refused with a clear message, nothing stored", async () => {
    const before = await databaseFingerprint(database().db);
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>';
    const result = await upload(svg, { "x-file-name": "logo.png", "content-type": "image/png" });
    expect(result.status).toBe(415);
    expect(result.body.error).toMatch(/SVG images are not accepted/);
    await expectNothingStored(before);
  });

  it("an HTML page named .png is refused, nothing stored", async () => {
    const before = await databaseFingerprint(database().db);
    const result = await upload("<html><body><script>alert(1)</script></body></html>", { "x-file-name": "photo.png" });
    expect(result.status).toBe(415);
    expect(result.body.error).toMatch(/not a PNG, JPEG, WebP or GIF/);
    await expectNothingStored(before);
  });

  it("a PNG with HTML appended (polyglot) is re-encoded: the stored file is the picture only", async () => {
    const polyglot = Buffer.concat([await png(), Buffer.from("<html><script>alert(1)</script></html>")]);
    const result = await upload(polyglot);
    expect(result.status).toBe(201);
    const [file] = storedFiles();
    const stored = readFileSync(file);
    expect(stored.includes("alert(1)")).toBe(false);
    expect((await sharp(stored).metadata()).format).toBe("png");
    expect(result.body.media).toMatchObject({ mime: "image/png", width: 32, height: 24 });
  });

  it("a GIF/JS polyglot: script in a comment block is re-encoded away; script after the trailer is refused", async () => {
    const plain = await gif();
    const js = Buffer.from("*/=alert(1);/*<script>alert(1)</script>");
    const comment = Buffer.concat([Buffer.from([0x21, 0xfe, js.length]), js, Buffer.from([0])]);
    const withComment = Buffer.concat([plain.subarray(0, plain.length - 1), comment, Buffer.from([0x3b])]);
    const result = await upload(withComment, { "x-file-name": "anim.gif" });
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    const stored = readFileSync(storedFiles()[0]);
    expect(stored.includes("alert(1)")).toBe(false);
    expect(result.body.media?.mime).toBe("image/gif");
    const before = await databaseFingerprint(database().db);
    const files = storedFiles();
    const appended = await upload(Buffer.concat([withComment, Buffer.from("*/=alert(1);")]), { "x-file-name": "anim.gif" });
    expect(appended.status).toBe(415);
    expect(appended.body.error).toMatch(/could not be read/);
    expect(await databaseFingerprint(database().db)).toEqual(before);
    expect(storedFiles()).toEqual(files);
  });

  it("a JPEG's metadata (EXIF with a script and a position) does not survive", async () => {
    const jpeg = await sharp({ create: { width: 20, height: 10, channels: 3, background: "#333" } })
      .jpeg()
      .withExif({ IFD0: { ImageDescription: "<script>alert(1)</script>", Artist: "GPS 52.52N 13.40E" } })
      .toBuffer();
    expect(jpeg.includes("alert(1)")).toBe(true);
    const result = await upload(jpeg, { "x-file-name": "photo.jpg" });
    expect(result.status).toBe(201);
    const stored = readFileSync(storedFiles()[0]);
    expect(stored.includes("alert(1)")).toBe(false);
    expect(stored.includes("52.52N")).toBe(false);
  });

  it("a PNG named .jpg and sent as image/jpeg is stored and served as the PNG it is", async () => {
    const result = await upload(await png(), { "x-file-name": "holiday.jpg", "content-type": "image/jpeg" });
    expect(result.status).toBe(201);
    expect(result.body.media?.mime).toBe("image/png");
    expect(result.body.media?.src).toMatch(/\.png$/);
    const { GET } = await import("@/app/media/[...key]/route");
    const key = result.body.media!.src.replace("/media/", "").split("/");
    const served = await GET(new Request(`http://localhost${result.body.media!.src}`), { params: Promise.resolve({ key }) });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("a 50 MB upload that declares its length is refused with 413 before any of it is read", async () => {
    const before = await databaseFingerprint(database().db);
    const { stream, state } = countingBody(50 * MB);
    const result = await upload(stream, { "content-length": String(50 * MB) });
    expect(result.status).toBe(413);
    expect(result.body.error).toBe("The file is larger than 10 MB.");
    expect(state.pulled).toBeLessThanOrEqual(256 * 1024); // at most what the stream pre-fills
    await expectNothingStored(before);
  });

  it("a 50 MB upload without a length (chunked) is cut off just past 10 MB with 413", async () => {
    const before = await databaseFingerprint(database().db);
    const { stream, state } = countingBody(50 * MB);
    const result = await upload(stream);
    expect(result.status).toBe(413);
    expect(result.body.error).toBe("The file is larger than 10 MB.");
    expect(state.pulled).toBeLessThan(11 * MB);
    await expectNothingStored(before);
  });

  it("an upload from another site is refused, nothing stored", async () => {
    const before = await databaseFingerprint(database().db);
    const result = await upload(await png(), { origin: "https://evil.example", "sec-fetch-site": "cross-site" });
    expect(result.status).toBe(403);
    expect(result.body.error).toMatch(/Cross-site upload refused/);
    await expectNothingStored(before);
  });
});

describe(`traversal in /media paths (${engine})`, () => {
  it("never serves a file outside the uploads folder: ../, encoded, double-encoded, absolute, NUL", async () => {
    mkdirSync(uploads, { recursive: true });
    writeFileSync(path.join(dataDir, "secret.png"), "top secret");
    writeFileSync(path.join(dataDir, "auth-secret"), "top secret");
    const { GET } = await import("@/app/media/[...key]/route");
    const attempts: string[][] = [
      ["..", "secret.png"],
      ["ab", "..", "..", "secret.png"],
      ["%2e%2e%2fsecret.png"],
      ["..%2fsecret.png"],
      ["..%252fsecret.png"],
      ["ab", "%2e%2e", "secret.png"],
      ["..\\secret.png"],
      [path.join(dataDir, "secret.png")],
      ["", "etc", "passwd"],
      ["ab", "AbCdEfGhIjKlMnOpQrStUv.png\u0000.txt"],
      ["ab", "AbCdEfGhIjKlMnOpQrStUv.png%00"],
      ["..", "auth-secret"],
    ];
    for (const key of attempts) {
      const response = await GET(new Request("http://localhost/media/x"), { params: Promise.resolve({ key }) });
      expect([400, 404], key.join("/")).toContain(response.status);
      const text = await response.text();
      expect(text).not.toContain("top secret");
      expect(text).toBe("Not found");
    }
  });
});

describe(`oversized and cross-site posts to public endpoints (${engine})`, () => {
  const big = () => countingBody(50 * MB);

  it("newsletter confirm: a 50 MB body is refused with 413 unread; nothing changes", async () => {
    const before = await databaseFingerprint(database().db);
    const { POST } = await import("@/app/api/newsletter/confirm/route");
    for (const declared of [true, false]) {
      const { stream, state } = big();
      const headers: Record<string, string> = {
        "content-type": "application/x-www-form-urlencoded",
        ...(declared ? { "content-length": String(50 * MB) } : {}),
      };
      const response = await POST(
        new Request("http://localhost/api/newsletter/confirm", { method: "POST", headers, body: stream, duplex: "half" } as RequestInit),
      );
      expect(response.status).toBe(413);
      expect(await response.text()).toMatch(/too large/);
      expect(state.pulled).toBeLessThan(MB);
    }
    expect(await databaseFingerprint(database().db)).toEqual(before);
  });

  it("one-click unsubscribe: a 50 MB body is refused with 413; nothing changes", async () => {
    const before = await databaseFingerprint(database().db);
    const { POST } = await import("@/app/api/newsletter/unsubscribe/route");
    const { stream, state } = big();
    const response = await POST(
      new Request("http://localhost/api/newsletter/unsubscribe?token=1.x", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/too large/);
    expect(state.pulled).toBeLessThan(MB);
    expect(await databaseFingerprint(database().db)).toEqual(before);
  });

  it("Auth.js endpoints: a cross-site sign-in post gets 403, a 50 MB one 413; neither reaches Auth.js", async () => {
    const { POST } = await import("@/app/api/auth/[...nextauth]/route");
    const before = await databaseFingerprint(database().db);
    const form = "email=owner%40example.com&password=a+long+enough+password&csrfToken=x";
    const post = (headers: Record<string, string>, body: BodyInit = form) =>
      POST(
        new NextRequest("http://localhost/api/auth/callback/credentials", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", host: "localhost", ...headers },
          body,
          duplex: "half",
        } as never),
      );
    const foreign: Array<Record<string, string>> = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
      { origin: "http://localhost.evil.example" },
    ];
    for (const headers of foreign) {
      const response = await post(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await response.text()).toMatch(/Cross-site request refused/);
    }
    const { stream } = big();
    const huge = await post({ origin: "http://localhost" }, stream);
    expect(huge.status).toBe(413);
    expect(session.authReached).toBe(0);
    // The same-site post of normal size still reaches Auth.js, whole.
    const ok = await post({ origin: "http://localhost", "sec-fetch-site": "same-origin" });
    expect(await ok.text()).toBe(`auth saw ${form.length} bytes`);
    expect(await databaseFingerprint(database().db)).toEqual(before);
  });
});
