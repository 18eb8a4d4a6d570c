/**
 * The Redis cache handlers (lib/cache/) as two instances see them: each "instance" is a fresh
 * module graph (its own in-process copy) on one real Redis, under a key prefix of its own.
 * Needs Redis at REDIS_URL (default redis://127.0.0.1:6379), as every machine of the project has.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "redis";
import { cacheEntry, cacheInstance, streamText, tick } from "../support/cache-handlers";

const url = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `dispatch-test-${randomBytes(4).toString("hex")}:`;

const instance = cacheInstance;
const entry = cacheEntry;
const text = streamText;

beforeAll(async () => {
  process.env.REDIS_URL = url;
  process.env.REDIS_KEY_PREFIX = prefix;
  // What lib/server/boot.ts sets at start from the database's identity and SITE_URL.
  (await import("@/lib/cache/cache-namespace.mjs")).setCacheNamespace("test-namespace");
});

afterAll(async () => {
  const client = createClient({ url });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) if (keys.length) await client.del(keys);
  await client.quit();
  await (globalThis as { __dispatchRedisCache?: { client?: { quit: () => Promise<void> } } }).__dispatchRedisCache?.client?.quit();
});

describe("Redis cache handlers shared by two instances", () => {
  it('"use cache": an entry made on A is read on B; a tag invalidated on A is invalid on B, soft tags too', async () => {
    const a = await instance();
    const b = await instance();
    await a.useCache.set("k1", entry("issue v1", ["issue:x", "issues"]));
    const fromB = await b.useCache.get("k1", []);
    expect(fromB && (await text(fromB.value))).toBe("issue v1");
    await tick();
    await a.useCache.updateTags(["issue:x"]);
    expect(await b.useCache.get("k1", [])).toBeUndefined();
    expect(await a.useCache.get("k1", [])).toBeUndefined();

    await a.useCache.set("k2", entry("page data", ["issues"]));
    expect(await b.useCache.get("k2", ["_N_T_/issues/x"])).toBeDefined();
    await tick();
    await b.useCache.updateTags(["_N_T_/issues/x"]);
    expect(await a.useCache.get("k2", ["_N_T_/issues/x"])).toBeUndefined();
    expect(await a.useCache.get("k2", [])).toBeDefined();
  });

  it("route cache: a page rendered on A is served by B until one of its tags is invalidated anywhere", async () => {
    const a = await instance();
    const b = await instance();
    const page = {
      kind: "APP_PAGE",
      html: "<h1>May</h1>",
      rscData: Buffer.from("rsc"),
      segmentData: new Map([["/_tree", Buffer.from("tree")]]),
      headers: { "x-next-cache-tags": "_N_T_/layout,issue:may,issues" },
      status: 200,
      postponed: undefined,
    };
    await a.isr.set("/issues/may", page, { cacheControl: { revalidate: false, expire: undefined } });
    const got = await b.isr.get("/issues/may", { kind: "APP_PAGE" });
    expect(got?.value).toEqual(page);
    await tick();
    await a.isr.revalidateTag(["issue:may"]);
    expect(await b.isr.get("/issues/may", { kind: "APP_PAGE" })).toBeNull();
    // B renders again and stores it: A takes the newer entry from Redis instead of rendering.
    await b.isr.set("/issues/may", { ...page, html: "<h1>May, edited</h1>" }, {});
    expect(((await a.isr.get("/issues/may", { kind: "APP_PAGE" }))?.value as { html: string }).html).toBe("<h1>May, edited</h1>");
  });

  it("with Redis unreachable every read is a miss (rendered afresh, never stale) and writes do not throw", async () => {
    const shared = globalThis as { __dispatchRedisCache?: unknown };
    const saved = shared.__dispatchRedisCache;
    shared.__dispatchRedisCache = undefined;
    process.env.REDIS_URL = "redis://127.0.0.1:6399"; // nothing listens there
    try {
      const down = await instance();
      await down.useCache.set("k3", entry("kept only in memory", ["issues"]));
      expect(await down.useCache.get("k3", [])).toBeUndefined();
      await down.isr.set("/", { kind: "APP_PAGE", html: "x", headers: { "x-next-cache-tags": "_N_T_/layout,issues" } }, {});
      expect(await down.isr.get("/", { kind: "APP_PAGE" })).toBeNull();
      await down.useCache.updateTags(["issues"]);
    } finally {
      const client = (shared.__dispatchRedisCache as { client?: { destroy: () => void } } | undefined)?.client;
      client?.destroy();
      shared.__dispatchRedisCache = saved;
      process.env.REDIS_URL = url;
    }
  });
});
