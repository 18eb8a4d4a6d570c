/**
 * The cache handlers without Redis (the default install) and the cache namespace: entries live
 * in the process only, nothing is kept before the namespace is known (the build), and an entry
 * made under one namespace (one database, one SITE_URL) is never served under another.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cacheEntry, cacheInstance, streamText, tick } from "../support/cache-handlers";

async function handlers() {
  const loaded = await cacheInstance();
  const { setCacheNamespace } = await import("@/lib/cache/cache-namespace.mjs");
  return { ...loaded, setCacheNamespace };
}
const entry = cacheEntry;
const text = streamText;
const page = (html: string) => ({ kind: "APP_PAGE", html, headers: { "x-next-cache-tags": "_N_T_/layout,issues" }, status: 200 });

let savedRedis: string | undefined;
beforeEach(() => {
  savedRedis = process.env.REDIS_URL;
  delete process.env.REDIS_URL;
});
afterEach(async () => {
  if (savedRedis !== undefined) process.env.REDIS_URL = savedRedis;
  (await import("@/lib/cache/cache-namespace.mjs")).setCacheNamespace(undefined);
});

describe("cache handlers without Redis", () => {
  it("keep entries in the process and drop them when a tag is invalidated", async () => {
    const h = await handlers();
    h.setCacheNamespace("db-a");
    await h.useCache.set("k", entry("issue list", ["issues"]));
    const hit = await h.useCache.get("k", []);
    expect(hit && (await text(hit.value))).toBe("issue list");
    await h.isr.set("/", page("<h1>Home</h1>"), {});
    expect((await h.isr.get("/", { kind: "APP_PAGE" }))?.value).toEqual(page("<h1>Home</h1>"));
    await tick();
    await h.useCache.updateTags(["issues"]);
    expect(await h.useCache.get("k", [])).toBeUndefined();
    expect(await h.isr.get("/", { kind: "APP_PAGE" })).toBeNull();
  });

  it("keep nothing while the namespace is unknown (the build, or before the database answered)", async () => {
    const h = await handlers();
    await h.useCache.set("k", entry("rendered from an empty build database", ["issues"]));
    await h.isr.set("/", page("<p>No issues published yet.</p>"), {});
    h.setCacheNamespace("db-a");
    expect(await h.useCache.get("k", [])).toBeUndefined();
    expect(await h.isr.get("/", { kind: "APP_PAGE" })).toBeNull();
  });

  it("never serve an entry made under another namespace (another database or SITE_URL)", async () => {
    const h = await handlers();
    h.setCacheNamespace("db-a");
    await h.useCache.set("k", entry("database A's list", ["issues"]));
    await h.isr.set("/", page("<h1>A</h1>"), {});
    h.setCacheNamespace("db-b");
    expect(await h.useCache.get("k", [])).toBeUndefined();
    expect(await h.isr.get("/", { kind: "APP_PAGE" })).toBeNull();
    h.setCacheNamespace("db-a");
    expect(await h.isr.get("/", { kind: "APP_PAGE" })).not.toBeNull();
  });
});
