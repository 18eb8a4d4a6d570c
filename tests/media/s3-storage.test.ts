/**
 * Media on S3-compatible storage, against a real S3 server on loopback (s3rver, files in a temp
 * folder, a random free port): the same bytes come back, large objects stream, a missing key is
 * null, delete is idempotent, S3_PREFIX is applied, a bad key or an unreachable store fails fast
 * with a message naming what to check — and the media route, the upload path and the backup
 * archive work on S3 with nothing written to DATA_DIR/uploads.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { HeadObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { media, users } from "@/db/schema";
import { exportArchive, importArchive } from "@/lib/backup/archive";
import { parseEnv } from "@/lib/env";
import { createStorage } from "@/lib/storage";
import { LocalStorage } from "@/lib/storage/local";
import { S3Storage, S3StorageError, type S3StorageOptions } from "@/lib/storage/s3";
import { createTestDatabase, type TestDatabase } from "../support/database";

const work = mkdtempSync(path.join(tmpdir(), "dispatch-s3-"));
const dataDir = path.join(work, "data");
const BUCKET = "dispatch-media";
// s3rver's built-in account.
const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

let server: S3rver;
let endpoint: string;
let serverOpen = false;
const opened: S3Storage[] = [];

function s3(options: Partial<S3StorageOptions> = {}): S3Storage {
  const store = new S3Storage({ bucket: BUCKET, region: "us-east-1", endpoint, forcePathStyle: true, ...credentials, ...options });
  opened.push(store);
  return store;
}

/** A raw client, to look inside the bucket without going through S3Storage. */
function rawClient(): S3Client {
  return new S3Client({ region: "us-east-1", endpoint, forcePathStyle: true, credentials, maxAttempts: 1 });
}

const key = (name: string, ext = "png") => `${randomBytes(1).toString("hex")}/${name.padEnd(16, "x")}.${ext}`;

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

beforeAll(async () => {
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: path.join(work, "s3rver"),
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const address = await server.run();
  serverOpen = true;
  endpoint = `http://127.0.0.1:${address.port}`;
  // What storage() and the media route read: this file runs with S3 configured.
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: endpoint,
    S3_ACCESS_KEY_ID: credentials.accessKeyId,
    S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    S3_FORCE_PATH_STYLE: "true",
    S3_PREFIX: "/site-a/media/",
  });
});

afterAll(async () => {
  for (const store of opened) store.close();
  if (serverOpen) await server.close();
  for (const name of [
    "DATA_DIR",
    "S3_BUCKET",
    "S3_ENDPOINT",
    "S3_ACCESS_KEY_ID",
    "S3_SECRET_ACCESS_KEY",
    "S3_FORCE_PATH_STYLE",
    "S3_PREFIX",
  ])
    delete process.env[name];
  rmSync(work, { recursive: true, force: true });
});

describe("S3Storage against an S3-compatible server", () => {
  it("gives back exactly the bytes it was given, with their size", async () => {
    const store = s3();
    const data = new Uint8Array(randomBytes(300_000));
    const k = key("RoundTrip");
    await store.put(k, data);
    const object = await store.get(k);
    expect(object?.size).toBe(data.byteLength);
    expect((await bytesOf(object!.body)).equals(Buffer.from(data))).toBe(true);
  });

  it("streams a multi-megabyte object in chunks instead of buffering it", async () => {
    const store = s3();
    const data = randomBytes(8 * 1024 * 1024);
    const k = key("LargeObject", "webp");
    await store.put(k, new Uint8Array(data));
    const object = await store.get(k);
    expect(object?.size).toBe(data.length);
    const hash = createHash("sha256");
    let chunks = 0;
    let largest = 0;
    let total = 0;
    for await (const chunk of object!.body as unknown as AsyncIterable<Uint8Array>) {
      chunks += 1;
      largest = Math.max(largest, chunk.byteLength);
      total += chunk.byteLength;
      hash.update(chunk);
    }
    expect(total).toBe(data.length);
    expect(hash.digest("hex")).toBe(createHash("sha256").update(data).digest("hex"));
    // A buffered body would arrive as one 8 MB piece; a stream arrives as many socket-sized ones.
    expect(chunks).toBeGreaterThan(16);
    expect(largest).toBeLessThan(1024 * 1024);
  });

  it("answers null for a key that is not there, and for a key the server could not have made", async () => {
    const store = s3();
    expect(await store.get(key("NeverUploaded"))).toBeNull();
    expect(await store.get("../../etc/passwd.png")).toBeNull();
    await expect(store.put("ab/short.png", new Uint8Array([1]))).rejects.toThrow(/Not a media key/);
    await expect(store.put("ab/NotAnImageExtension.svg", new Uint8Array([1]))).rejects.toThrow(/Not a media key/);
    await expect(store.delete("../AbCdEfGhIjKlMnOpQr.png")).rejects.toThrow(/Not a media key/);
  });

  it("deletes idempotently", async () => {
    const store = s3();
    const k = key("DeleteMe");
    await store.put(k, new Uint8Array([1, 2, 3]));
    await store.delete(k);
    expect(await store.get(k)).toBeNull();
    await expect(store.delete(k)).resolves.toBeUndefined();
    await expect(store.delete(key("NeverThere"))).resolves.toBeUndefined();
  });

  it("stores under S3_PREFIX with the content type and a year of immutable caching", async () => {
    const prefixed = s3({ prefix: "tenant/media" });
    const bare = s3();
    const k = key("Prefixed", "jpg");
    await prefixed.put(k, new Uint8Array([0xff, 0xd8, 0xff]));
    const client = rawClient();
    try {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: "tenant/" }));
      expect(listed.Contents?.map((o) => o.Key)).toEqual([`tenant/media/${k}`]);
      const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `tenant/media/${k}` }));
      expect(head.ContentType).toBe("image/jpeg");
      expect(head.CacheControl).toBe("public, max-age=31536000, immutable");
    } finally {
      client.destroy();
    }
    // The same key without the prefix is another object: stores with different prefixes never mix.
    expect(await bare.get(k)).toBeNull();
    expect((await prefixed.get(k))?.size).toBe(3);
  });

  it("names the credentials when the store refuses them, after a bounded time", async () => {
    const store = s3({ accessKeyId: "WRONGKEY", secretAccessKey: "wrong-secret" });
    const started = Date.now();
    const error = await store.put(key("BadCredentials"), new Uint8Array([1])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(S3StorageError);
    expect((error as Error).message).toMatch(/InvalidAccessKeyId/);
    expect((error as Error).message).toMatch(/S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/);
    expect((error as Error).message).not.toContain("wrong-secret");
    // A refused read is an error, never "not found". (s3rver checks the key id, not SigV4 signatures,
    // so a wrong secret alone cannot be shown here; real stores answer SignatureDoesNotMatch.)
    await expect(store.get(key("BadCredentials"))).rejects.toThrow(/InvalidAccessKeyId.*S3_ACCESS_KEY_ID/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("names the bucket when it does not exist", async () => {
    const store = s3({ bucket: "no-such-bucket" });
    await expect(store.get(key("NoBucket"))).rejects.toThrow(/bucket "no-such-bucket" does not exist.*S3_BUCKET/);
    await expect(store.check()).rejects.toThrow(/S3_BUCKET/);
    await expect(s3().check()).resolves.toBeUndefined();
  });

  it("fails fast when nothing listens at S3_ENDPOINT", async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const store = s3({ endpoint: `http://127.0.0.1:${closedPort}` });
    const started = Date.now();
    await expect(store.get(key("Unreachable"))).rejects.toThrow(/ECONNREFUSED.*could not be reached.*S3_ENDPOINT/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("gives up on a store that accepts the connection but never answers, instead of hanging", async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as { port: number };
    try {
      const store = s3({ endpoint: `http://127.0.0.1:${port}`, requestTimeoutMs: 400, socketTimeoutMs: 400, maxAttempts: 2 });
      const started = Date.now();
      await expect(store.get(key("Silent"))).rejects.toThrow(/ETIMEDOUT.*requestTimeout.*did not answer in time.*S3_ENDPOINT/);
      expect(Date.now() - started).toBeLessThan(8_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe("configuration", () => {
  const base = { NODE_ENV: "test" } as NodeJS.ProcessEnv;

  it("refuses a bucket without credentials, and S3 settings without a bucket, naming the variable", () => {
    expect(() => parseEnv({ ...base, S3_BUCKET: "media" })).toThrow(
      /S3_ACCESS_KEY_ID: required when S3_BUCKET is set[\s\S]*S3_SECRET_ACCESS_KEY: required when S3_BUCKET is set/,
    );
    expect(() => parseEnv({ ...base, S3_BUCKET: "media", S3_ACCESS_KEY_ID: "id" })).toThrow(/S3_SECRET_ACCESS_KEY: required/);
    expect(() => parseEnv({ ...base, S3_ENDPOINT: "http://127.0.0.1:9000", S3_ACCESS_KEY_ID: "id" })).toThrow(
      /S3_BUCKET: required when S3_ENDPOINT, S3_ACCESS_KEY_ID are set/,
    );
    expect(() => parseEnv({ ...base, S3_BUCKET: "Media_Bucket", S3_ACCESS_KEY_ID: "id", S3_SECRET_ACCESS_KEY: "s" })).toThrow(
      /S3_BUCKET: must be a bucket name/,
    );
    expect(() =>
      parseEnv({ ...base, S3_BUCKET: "media", S3_ACCESS_KEY_ID: "id", S3_SECRET_ACCESS_KEY: "s", S3_ENDPOINT: "minio:9000" }),
    ).toThrow(/S3_ENDPOINT: must be an http\(s\) URL/);
    expect(() =>
      parseEnv({ ...base, S3_BUCKET: "media", S3_ACCESS_KEY_ID: "id", S3_SECRET_ACCESS_KEY: "s", S3_FORCE_PATH_STYLE: "maybe" }),
    ).toThrow(/S3_FORCE_PATH_STYLE: must be true or false/);
    expect(() => parseEnv({ ...base, S3_BUCKET: "media", S3_ACCESS_KEY_ID: "id", S3_SECRET_ACCESS_KEY: "s", S3_PREFIX: "a/../b" })).toThrow(
      /S3_PREFIX: must be a path/,
    );
  });

  it("defaults the region, reads the flag, trims the prefix, and picks the backend", () => {
    const parsed = parseEnv({
      ...base,
      DATA_DIR: dataDir,
      S3_BUCKET: "media",
      S3_ACCESS_KEY_ID: "id",
      S3_SECRET_ACCESS_KEY: "s",
      S3_FORCE_PATH_STYLE: "TRUE",
      S3_PREFIX: "/a/b/",
    });
    expect(parsed).toMatchObject({ S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: true, S3_PREFIX: "a/b" });
    const picked = createStorage(parsed);
    expect(picked).toBeInstanceOf(S3Storage);
    expect((picked as S3Storage).objectKey("ab/AbCdEfGhIjKlMnOpQr.png")).toBe("a/b/ab/AbCdEfGhIjKlMnOpQr.png");
    (picked as S3Storage).close();
    const local = parseEnv({ ...base, DATA_DIR: dataDir, S3_BUCKET: "", S3_FORCE_PATH_STYLE: "" });
    expect(local.S3_FORCE_PATH_STYLE).toBe(false);
    expect(createStorage(local)).toBeInstanceOf(LocalStorage);
  });
});

describe("the app on S3", () => {
  let a: TestDatabase;
  let b: TestDatabase;
  let png: Buffer;

  beforeAll(async () => {
    png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#0f766e" } })
      .png()
      .toBuffer();
    b = await createTestDatabase();
    a = await createTestDatabase(); // the app's database (provided last)
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it("stores an upload in the bucket and serves it from the media route with the right headers; nothing goes to DATA_DIR/uploads", async () => {
    const [user] = await a.db
      .insert(users)
      .values({ email: "editor@example.com", name: "Editor", passwordHash: "!", role: "editor" })
      .returning();
    const { storeUpload } = await import("@/lib/media/upload");
    const stored = await storeUpload(new Uint8Array(png), "teal.png", user.id);
    expect(stored.ok).toBe(true);
    const src = stored.ok ? stored.media.src : "";
    const mediaKey = src.replace(/^\/media\//, "");

    const client = rawClient();
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `site-a/media/${mediaKey}` }));
      expect(head.ContentLength).toBe(png.length);
    } finally {
      client.destroy();
    }

    const { GET } = await import("@/app/media/[...key]/route");
    const response = await GET(new Request(`http://localhost${src}`), { params: Promise.resolve({ key: mediaKey.split("/") }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-length")).toBe(String(png.length));
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);

    const missing = await GET(new Request("http://localhost/media/x"), {
      params: Promise.resolve({ key: ["ab", "MissingMissingMissing.png"] }),
    });
    expect(missing.status).toBe(404);
    expect(existsSync(path.join(dataDir, "uploads"))).toBe(false);
  });

  it("moves a backup between buckets, and from DATA_DIR/uploads into a bucket", async () => {
    const [row] = await a.db.select().from(media);
    const source = s3({ prefix: "site-a/media" });
    const file = path.join(work, "s3-backup.jsonl.gz");
    const exported = await exportArchive(a.db, source, file, { withPasswordHashes: false });
    expect(exported.media).toBe(1);

    const target = s3({ prefix: "site-b" });
    const imported = await importArchive(b.db, target, file);
    expect(imported.media).toBe(1);
    const restored = await target.get(row.key);
    expect((await bytesOf(restored!.body)).equals(png)).toBe(true);

    // From the local folder to a bucket: the archive is the way across backends.
    const local = new LocalStorage(path.join(work, "local-uploads"));
    const localKey = "cd/FromTheLocalFolder01.png";
    await local.put(localKey, new Uint8Array(png));
    await b.db.insert(media).values({ key: localKey, mime: "image/png", width: 40, height: 30, bytes: png.length, uploadedBy: null });
    const localFile = path.join(work, "local-backup.jsonl.gz");
    expect((await exportArchive(b.db, local, localFile, { withPasswordHashes: false })).media).toBe(1);
    const fresh = await createTestDatabase();
    try {
      const into = s3({ prefix: "site-c" });
      // An archive is input: a key the server could not have made never reaches the bucket.
      const forged = path.join(work, "forged.jsonl.gz");
      const lines = [
        { format: "dispatch-backup", version: 1 },
        { m: "../../outside.png", d: "AA==" },
      ]
        .map((l) => JSON.stringify(l))
        .join("\n");
      writeFileSync(forged, gzipSync(lines));
      await expect(importArchive(fresh.db, into, forged)).rejects.toThrow(/Not a media key in backup/);
      expect((await importArchive(fresh.db, into, localFile)).media).toBe(1);
      expect((await into.get(localKey))?.size).toBe(png.length);
    } finally {
      await fresh.close();
    }
  });

  it("answers 503, not cached, when the store is down", async () => {
    await server.close();
    serverOpen = false;
    const { GET } = await import("@/app/media/[...key]/route");
    const response = await GET(new Request("http://localhost/media/x"), {
      params: Promise.resolve({ key: ["ab", "StoreIsDownStoreIsDown.png"] }),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
