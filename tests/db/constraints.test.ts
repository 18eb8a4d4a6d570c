import { describe, expect, it } from "vitest";
import { authors, categories, deliveries, issues, newsletterSends, subscribers, users } from "@/db/schema";
import { databaseForThisFile } from "../support/database";

const t = databaseForThisFile();

/** The database itself refuses what must never exist twice, whatever the application code does. */
describe(`unique constraints (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("refuses a second issue, category or author with the same slug", async () => {
    await t().db.insert(issues).values({ slug: "same", title: "One" });
    await expect(t().db.insert(issues).values({ slug: "same", title: "Two" })).rejects.toThrow();
    await t().db.insert(categories).values({ slug: "china", name: "China" });
    await expect(t().db.insert(categories).values({ slug: "china", name: "Again" })).rejects.toThrow();
    await t().db.insert(authors).values({ slug: "ann", name: "Ann" });
    await expect(t().db.insert(authors).values({ slug: "ann", name: "Ann 2" })).rejects.toThrow();
  });

  it("treats emails that differ only in case as the same user and the same subscriber", async () => {
    await t().db.insert(users).values({ email: "editor@example.com", name: "E", passwordHash: "x" });
    await expect(t().db.insert(users).values({ email: "Editor@Example.COM", name: "E2", passwordHash: "y" })).rejects.toThrow();
    await t().db.insert(subscribers).values({ email: "reader@example.com" });
    await expect(t().db.insert(subscribers).values({ email: "READER@example.com" })).rejects.toThrow();
  });

  it("allows one newsletter send per issue and one delivery per subscriber and send", async () => {
    const [issue] = await t().db.insert(issues).values({ slug: "i", title: "I" }).returning();
    const [send] = await t().db.insert(newsletterSends).values({ issueId: issue.id }).returning();
    await expect(t().db.insert(newsletterSends).values({ issueId: issue.id })).rejects.toThrow();
    const [sub] = await t().db.insert(subscribers).values({ email: "a@example.com", status: "confirmed" }).returning();
    await t().db.insert(deliveries).values({ sendId: send.id, subscriberId: sub.id, email: sub.email });
    await expect(t().db.insert(deliveries).values({ sendId: send.id, subscriberId: sub.id, email: sub.email })).rejects.toThrow();
  });
});
