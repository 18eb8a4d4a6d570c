import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createUserForEditor } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { addressKey, checkCredentials, clientAddress, pairKey } from "@/lib/auth/sign-in";
import { rateLimits, users } from "@/db/schema";
import { databaseForThisFile } from "../support/database";

const database = databaseForThisFile(async () => {
  await createUserForEditor({
    email: "Ann@Example.com",
    name: "Ann",
    role: "editor",
    passwordHash: await hashPassword("a long enough password"),
  });
});

const good = { email: "ann@example.com", password: "a long enough password" };

describe(`sign-in limits (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const result = await checkCredentials({ email: " ANN@example.com ", password: good.password }, "198.51.100.1");
    expect(result).toMatchObject({ ok: true, user: { email: "ann@example.com", role: "editor" } });
  });

  it("locks an account from one address after 5 failures, even for the right password; another address still gets in", async () => {
    for (let i = 0; i < 5; i++) {
      expect(await checkCredentials({ email: good.email, password: `wrong ${i}` }, "198.51.100.3")).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await checkCredentials(good, "198.51.100.3")).toEqual({ ok: false, reason: "locked" });
    const [row] = await database().db.select().from(users);
    expect(row.failedLoginCount).toBe(5);
    expect(await checkCredentials(good, "198.51.100.99")).toMatchObject({ ok: true });
  });

  it("locks an unknown account exactly like a real one (no enumeration)", async () => {
    for (let i = 0; i < 5; i++) {
      expect(await checkCredentials({ email: "ghost@example.com", password: "x" }, "198.51.100.4")).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await checkCredentials({ email: "ghost@example.com", password: "x" }, "198.51.100.4")).toEqual({ ok: false, reason: "locked" });
  });

  it("locks an address after 10 failures across different accounts", async () => {
    for (let i = 0; i < 10; i++) await checkCredentials({ email: `user${i}@example.com`, password: "x" }, "203.0.113.5");
    expect(await checkCredentials(good, "203.0.113.5")).toEqual({ ok: false, reason: "locked" });
    expect(await checkCredentials(good, "203.0.113.6")).toMatchObject({ ok: true });
  });

  it("keeps the lock in the database and lifts it after the block time", async () => {
    for (let i = 0; i < 5; i++) await checkCredentials({ email: good.email, password: "x" }, "198.51.100.5");
    const rows = await database()
      .db.select()
      .from(rateLimits)
      .where(sql`${rateLimits.key} = ${pairKey(good.email, "198.51.100.5")}`);
    expect(rows[0].blockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    // Fifteen minutes later (moved in the database, as a restart would find it).
    await database()
      .db.update(rateLimits)
      .set({ blockedUntil: sql`now() - interval '1 second'`, windowStartedAt: sql`now() - interval '16 minutes'` });
    expect(await checkCredentials(good, "198.51.100.5")).toMatchObject({ ok: true });
  });

  it("starts a new window after 15 minutes without a lock", async () => {
    for (let i = 0; i < 4; i++) await checkCredentials({ email: good.email, password: "x" }, "198.51.100.7");
    await database()
      .db.update(rateLimits)
      .set({ windowStartedAt: sql`now() - interval '16 minutes'` });
    await checkCredentials({ email: good.email, password: "x" }, "198.51.100.7");
    const [row] = await database()
      .db.select()
      .from(rateLimits)
      .where(sql`${rateLimits.key} = ${addressKey("198.51.100.7")}`);
    expect(row.count).toBe(1);
    expect(row.blockedUntil).toBeNull();
  });

  it("refuses a disabled login with the same message", async () => {
    await database().db.update(users).set({ disabledAt: new Date() });
    expect(await checkCredentials(good, "198.51.100.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("reads the client address request-context left in X-Forwarded-For", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
