import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { hitRateLimit, pruneRateLimits } from "@/db/queries/rate-limits";
import { rateLimits } from "@/db/schema";
import { createSearchLimit } from "@/lib/server/search-limit";
import { databaseForThisFile } from "../support/database";

const database = databaseForThisFile();
const from = (address: string) => new Headers({ "x-forwarded-for": address });

describe(`search and counter limits (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("lets one client run the limit's searches, then answers with the seconds to wait", async () => {
    const limit = createSearchLimit({ limit: 3, windowSeconds: 60, blockSeconds: 60 });
    for (let i = 0; i < 3; i++) expect(await limit("battery", from("198.51.100.7"))).toBeNull();
    const wait = await limit("quantum", from("198.51.100.7"));
    expect(wait).toBeGreaterThanOrEqual(59);
    expect(wait).toBeLessThanOrEqual(60);
    // Another client is not affected, and the empty search page is never counted.
    expect(await limit("battery", from("198.51.100.8"))).toBeNull();
    expect(await limit("  ", from("198.51.100.7"))).toBeNull();
    expect(await limit(null, from("198.51.100.7"))).toBeNull();
    const rows = await database().db.select().from(rateLimits);
    expect(rows.map((r) => [r.key, r.count]).sort()).toEqual([
      ["search:ip:198.51.100.7", 4],
      ["search:ip:198.51.100.8", 1],
    ]);
  });

  it("counts concurrent hits exactly (one atomic upsert each)", async () => {
    const policy = { limit: 1000, windowSeconds: 60, blockSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 25 }, () => hitRateLimit("burst", policy)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it("forgets counters whose window and block are long over, and keeps live blocks", async () => {
    const { db } = database();
    await db.insert(rateLimits).values([
      { key: "old", count: 3, windowStartedAt: sql`now() - interval '2 days'` },
      { key: "old-but-blocked", count: 9, windowStartedAt: sql`now() - interval '2 days'`, blockedUntil: sql`now() + interval '1 hour'` },
      { key: "fresh", count: 1, windowStartedAt: sql`now()` },
    ]);
    expect(await pruneRateLimits()).toBeGreaterThanOrEqual(1);
    const keys = (await db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key);
    expect(keys).toContain("old-but-blocked");
    expect(keys).toContain("fresh");
    expect(keys).not.toContain("old");
  });
});
