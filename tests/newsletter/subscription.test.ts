/**
 * Signup, double opt-in, unsubscribe and preferences against a real database and a real SMTP
 * server catching the mail.
 */
import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { subscribers } from "@/db/schema";
import { hashToken, unsubscribeToken, verifyUnsubscribeToken } from "@/lib/email/tokens";
import { handleConfirm, handlePreferences, handleSignup, handleUnsubscribe, SIGNUP_OK } from "@/lib/newsletter/subscription";
import { normaliseEmail } from "@/model/subscriber";
import { databaseForThisFile } from "../support/database";
import { mailSinkForThisFile } from "../support/mail-sink";

process.env.AUTH_SECRET = "test-secret-test-secret-test-secret-0123456789";
process.env.SITE_URL = "https://news.example.com";
process.env.MAIL_FROM = "Dispatch <newsletter@news.example.com>";
const database = databaseForThisFile();
const sink = mailSinkForThisFile();

const form = (email: string, extra: Partial<{ interests: string[]; website: string; source: string }> = {}) => ({
  email,
  interests: extra.interests ?? [],
  source: extra.source ?? "/issues/some-issue",
  website: extra.website ?? "",
});

async function signUp(email: string, ip = "203.0.113.7", extra = {}) {
  const outcome = await handleSignup(form(email, extra), ip);
  await outcome.mail?.();
  return outcome.state;
}

async function confirmLink(to: string): Promise<string> {
  await sink().waitFor((m) => m.some((x) => x.to === to));
  const parsed = await sink().parse(
    sink()
      .messages.filter((x) => x.to === to)
      .at(-1)!,
  );
  const link = /https:\/\/news\.example\.com\/newsletter\/confirm\?token=([A-Za-z0-9_-]+)/.exec(parsed.text ?? "");
  expect(link, "confirmation link in the plain-text part").not.toBeNull();
  return link![1];
}

describe("email normalisation", () => {
  it("trims, lower-cases, punycodes and refuses lists and header injection", () => {
    expect(normaliseEmail("  Reader@Example.COM ")).toBe("reader@example.com");
    expect(normaliseEmail("leser@bücher.de")).toBe("leser@xn--bcher-kva.de");
    // A Cyrillic look-alike domain stays a different address.
    expect(normaliseEmail("a@exаmple.com")).not.toBe("a@example.com");
    for (const bad of ["a@b.com, c@d.com", "a@b.com\r\nBcc: x@y.com", "no-at-sign", "a@@b.com", "a@localhost", "a b@c.com", ""]) {
      expect(normaliseEmail(bad), bad).toBeNull();
    }
  });
});

describe("signup and double opt-in", () => {
  it("stores a pending subscriber with a hashed token and the consent record, and mails the link", async () => {
    const state = await signUp("  New.Reader@Example.com ", "203.0.113.7", { interests: ["china"] });
    expect(state).toEqual({ status: "ok", message: SIGNUP_OK, email: "" });
    const token = await confirmLink("new.reader@example.com");
    expect(token).toHaveLength(43);
    const [row] = await database().db.select().from(subscribers);
    expect(row.email).toBe("new.reader@example.com");
    expect(row.status).toBe("pending");
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.interests).toEqual(["china"]);
    expect(row.consentText).toMatch(/unsubscribe at any time/);
    expect(row.consentSource).toBe("/issues/some-issue");
    expect(row.consentIp).toBe("203.0.113.7");
    expect(row.tokenExpiresAt!.getTime() - Date.now()).toBeGreaterThan(47 * 3600_000);
    const confirmation = await sink().parse(sink().messages[0]);
    expect(confirmation.headers.get("list-unsubscribe")).toBeUndefined();
    expect(confirmation.html).toContain("https://news.example.com/newsletter/confirm?token=");
  });

  it("confirms once, says 'already' the second time, sends the welcome mail with RFC 8058 headers", async () => {
    await signUp("twice@example.com");
    const token = await confirmLink("twice@example.com");
    expect(await handleConfirm(token)).toBe("confirmed");
    expect(await handleConfirm(token)).toBe("already");
    await sink().waitFor((m) => m.filter((x) => x.to === "twice@example.com").length === 2);
    const welcome = await sink().parse(sink().messages.filter((x) => x.to === "twice@example.com")[1]);
    expect(welcome.subject).toBe("Welcome to Dispatch");
    const [row] = await database().db.select().from(subscribers);
    expect(row.status).toBe("confirmed");
    const raw = sink()
      .messages.filter((x) => x.to === "twice@example.com")[1]
      .raw.split(/\r?\n\r?\n/)[0]
      .replace(/\r?\n(?=[ \t])/g, "");
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const listUnsubscribe = /^List-Unsubscribe:\s*<([^>]+)>/m.exec(raw)![1];
    expect(listUnsubscribe).toBe(
      `https://news.example.com/api/newsletter/unsubscribe?token=${encodeURIComponent(unsubscribeToken(row.id))}`,
    );
    expect(raw).toMatch(/^List-Id: Dispatch <newsletter\.news\.example\.com>/im);
  });

  it("refuses forged, truncated and expired tokens and changes nothing", async () => {
    await signUp("late@example.com");
    const token = await confirmLink("late@example.com");
    expect(await handleConfirm(token.slice(0, 42))).toBe("invalid");
    expect(await handleConfirm("A".repeat(43))).toBe("invalid");
    await database()
      .db.update(subscribers)
      .set({ tokenExpiresAt: sql`now() - interval '1 minute'` });
    expect(await handleConfirm(token)).toBe("expired");
    const [row] = await database().db.select().from(subscribers);
    expect(row.status).toBe("pending");
  });

  it("answers the same whether the address is new, pending, confirmed or unsubscribed", async () => {
    await signUp("known@example.com");
    const token = await confirmLink("known@example.com");
    await handleConfirm(token);
    const before = sink().messages.length;
    const again = await handleSignup(form("KNOWN@example.com"), "203.0.113.8");
    expect(again.state).toEqual({ status: "ok", message: SIGNUP_OK, email: "" });
    // A confirmed address gets no new token and no mail (nothing for an attacker to trigger).
    expect(again.mail).toBeUndefined();
    expect(sink().messages.length).toBe(before);
    const [row] = await database().db.select().from(subscribers);
    expect(row.status).toBe("confirmed");
    expect(row.tokenHash).toBe(hashToken(token));
  });

  it("a honeypot hit looks like success and stores nothing", async () => {
    const state = await signUp("bot@example.com", "203.0.113.9", { website: "http://spam.example" });
    expect(state.status).toBe("ok");
    expect(await database().db.select().from(subscribers)).toHaveLength(0);
  });

  it("explains a bad address and keeps what was typed", async () => {
    const state = await signUp("not an address");
    expect(state).toEqual({ status: "error", message: "That doesn't look like an email address.", email: "not an address" });
  });

  it("limits attempts per client address and per email, in the database", async () => {
    for (let i = 0; i < 5; i += 1) expect((await signUp("same@example.com", `198.51.100.${i}`)).status).toBe("ok");
    const limited = await signUp("same@example.com", "198.51.100.200");
    expect(limited.message).toBe("Too many attempts, try again in a few minutes.");
    for (let i = 0; i < 5; i += 1) await signUp(`p${i}@example.com`, "192.0.2.1");
    for (let i = 5; i < 10; i += 1) expect((await signUp(`p${i}@example.com`, "192.0.2.1")).status).toBe("ok");
    expect((await signUp("p10@example.com", "192.0.2.1")).message).toBe("Too many attempts, try again in a few minutes.");
    expect((await signUp("other@example.com", "192.0.2.2")).status).toBe("ok");
  });
});

describe("unsubscribe and preferences", () => {
  it("unsubscribes idempotently by a signed token; forged tokens do nothing", async () => {
    await signUp("leaver@example.com");
    await handleConfirm(await confirmLink("leaver@example.com"));
    const [row] = await database().db.select().from(subscribers);
    const token = unsubscribeToken(row.id);
    expect(verifyUnsubscribeToken(token)).toBe(row.id);
    expect(await handleUnsubscribe(`${row.id}.${"x".repeat(43)}`)).toBe("invalid");
    expect(await handleUnsubscribe(`${row.id + 1}.${token.split(".")[1]}`)).toBe("invalid");
    expect((await database().db.select().from(subscribers))[0].status).toBe("confirmed");
    expect(await handleUnsubscribe(token)).toBe("unsubscribed");
    const first = (await database().db.select().from(subscribers))[0];
    expect(first.status).toBe("unsubscribed");
    expect(await handleUnsubscribe(token)).toBe("unsubscribed");
    const second = (await database().db.select().from(subscribers).where(eq(subscribers.id, row.id)))[0];
    expect(second.unsubscribedAt).toEqual(first.unsubscribedAt);
    expect(await handlePreferences(token, ["future", "china"])).toBe("saved");
    expect((await database().db.select().from(subscribers))[0].interests).toEqual(["future", "china"]);
  });

  it("an unsubscribed address can sign up again and must confirm again", async () => {
    await signUp("back@example.com");
    await handleConfirm(await confirmLink("back@example.com"));
    const [row] = await database().db.select().from(subscribers);
    await handleUnsubscribe(unsubscribeToken(row.id));
    sink().messages.length = 0;
    await signUp("back@example.com");
    const token = await confirmLink("back@example.com");
    expect((await database().db.select().from(subscribers))[0].status).toBe("pending");
    expect(await handleConfirm(token)).toBe("confirmed");
  });
});
