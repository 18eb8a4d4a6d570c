/**
 * How each issue did, on real parts: the February demo issue is sent through the worker to a real
 * SMTP server; the test reads the mails back, takes the pixel, the links and the images out of the
 * received HTML as a mail client would, and calls the real route handlers with them. Then: the
 * counts in the report, one row per (send, subscriber, link) however often a link is hit, forged
 * and altered links answered 400, only raster images, and erasure taking the events along.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import sharp from "sharp";
import { issues, sendEvents, subscribers } from "@/db/schema";
import { getSendReportForEditor, lastOpenedForEditor } from "@/db/queries/send-events";
import { eraseSubscriber } from "@/db/queries/subscribers";
import { applySeed } from "@/db/seed/apply";
import { demoContent } from "@/db/seed/demo";
import { emailKey } from "@/lib/email/tokens";
import { startSend } from "@/lib/newsletter/start-send";
import { clickUrl } from "@/lib/newsletter/tracking";
import { createSendWorker } from "@/lib/newsletter/worker";
import { GET as clickRoute } from "@/app/t/c/[token]/route";
import { GET as openRoute } from "@/app/t/o/[token]/route";
import { GET as mediaRoute } from "@/app/media/[...key]/route";
import { databaseForThisFile } from "../support/database";
import { mailSinkForThisFile } from "../support/mail-sink";

const SITE = "https://news.example.com";
const SLUG = "chinese-innovation-news-february-2025";

process.env.AUTH_SECRET = "test-secret-test-secret-test-secret-0123456789";
process.env.SITE_URL = SITE;
process.env.MAIL_FROM = "Dispatch <newsletter@news.example.com>";
process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "dispatch-tracking-"));
const database = databaseForThisFile((db) => applySeed(db, demoContent));
const sink = mailSinkForThisFile();

/** A route handler called the way Next calls it, with the URL a mail client would request. */
function call(route: (r: Request, c: { params: Promise<{ token: string }> }) => Promise<Response>, url: string) {
  const raw = new URL(url).pathname.split("/")[3] ?? "";
  let token = raw;
  try {
    token = decodeURIComponent(raw);
  } catch {
    // A malformed escape reaches the handler as written.
  }
  return route(new Request(url), { params: Promise.resolve({ token }) });
}

async function waitForEvents(n: number) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [row] = await database()
      .db.select({ n: sql<number>`count(*)::int` })
      .from(sendEvents);
    if (row.n >= n) return;
    if (Date.now() > deadline) throw new Error(`expected ${n} events, have ${row.n}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function sendFebruaryTo(addresses: string[]) {
  await database()
    .db.insert(subscribers)
    .values(addresses.map((email) => ({ email, status: "confirmed" as const, confirmedAt: new Date() })));
  const [issue] = await database().db.select({ id: issues.id }).from(issues).where(eq(issues.slug, SLUG));
  const started = await startSend({ issueId: issue.id, audience: "all", actor: "system" });
  if (!started.ok) throw new Error(started.error);
  await createSendWorker({ idleMs: 10 }).drain();
  const mails = await Promise.all(addresses.map(async (to) => sink().parse(sink().messages.find((m) => m.to === to)!)));
  return { issueId: issue.id, sendId: started.sendId, mails };
}

const srcs = (html: string) => [...html.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replaceAll("&amp;", "&"));
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replaceAll("&amp;", "&"));

describe("tracking an issue's send", () => {
  it("counts a mail client's pixel and two clicks, once per reader, and the report shows them", async () => {
    const { issueId, sendId, mails } = await sendFebruaryTo(["ana@example.com", "bo@example.com"]);
    const html = mails[0].html as string;
    const images = srcs(html);
    const pixel = images.find((s) => s.startsWith(`${SITE}/t/o/`))!;
    expect(pixel).toBeTruthy();
    const tracked = hrefs(html).filter((h) => h.startsWith(`${SITE}/t/c/`));
    expect(tracked.length).toBeGreaterThan(5);
    // The unsubscribe link stays the one-click URL, untracked.
    expect(hrefs(html).some((h) => h.startsWith(`${SITE}/api/newsletter/unsubscribe?token=`))).toBe(true);

    const image = await call(openRoute, pixel);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(image.headers.get("cache-control")).toContain("no-store");
    expect((await sharp(Buffer.from(await image.arrayBuffer())).metadata()).width).toBe(1);

    const [first, second] = [tracked[0], tracked.at(-1)!];
    for (const link of [first, second, first, first]) {
      const answer = await call(clickRoute, link);
      expect(answer.status).toBe(302);
      expect(answer.headers.get("location")).toBe(new URL(link).searchParams.get("u"));
      expect(answer.headers.get("cache-control")).toContain("no-store");
    }
    await call(openRoute, pixel);
    await waitForEvents(3);
    // One row per (send, subscriber, kind, link): four clicks on two links are two rows.
    const rows = await database().db.select().from(sendEvents).where(eq(sendEvents.sendId, sendId));
    expect(rows).toHaveLength(3);

    const report = (await getSendReportForEditor(issueId))!;
    expect(report).toMatchObject({ total: 2, delivered: 2, bounced: 0, opened: 1, clicked: 1, unsubscribed: 0 });
    expect(report.days[0]).toEqual({ day: "Day 1", opens: 1, clicks: 1 });
    const byUrl = new Map(report.links.map((l) => [l.url, l]));
    expect(byUrl.get(new URL(first).searchParams.get("u")!)).toMatchObject({ clicks: 1 });
    expect(report.links.reduce((n, l) => n + l.clicks, 0)).toBe(2);

    const [ana] = await database().db.select().from(subscribers).where(eq(subscribers.email, "ana@example.com"));
    expect((await lastOpenedForEditor([ana.id])).get(ana.id)).toBeInstanceOf(Date);
  });

  it("answers forged, altered and junk links with a 400 page, never a redirect or a 500", async () => {
    const { sendId, mails } = await sendFebruaryTo(["cy@example.com"]);
    const link = hrefs(mails[0].html as string).find((h) => h.startsWith(`${SITE}/t/c/`))!;
    const url = new URL(link);
    const evil = new URL(link);
    evil.searchParams.set("u", "https://evil.example.net/phish");
    const [subscriber] = await database().db.select().from(subscribers);
    const forged = [
      evil.toString(),
      link.replace(/\.([A-Za-z0-9_-]{22})\?/, ".AAAAAAAAAAAAAAAAAAAAAA?"),
      link.replace(`/t/c/${sendId}.`, `/t/c/${sendId + 1}.`),
      `${SITE}/t/c/${sendId}.${subscriber.id}.0.short?u=${encodeURIComponent(url.searchParams.get("u")!)}`,
      `${SITE}/t/c/%00%ff?u=javascript:alert(1)`,
      `${SITE}/t/c/${url.pathname.split("/")[3]}`,
      // Signed by us, but not an http(s) target: refused before the signature is even checked.
      clickUrl(sendId, subscriber.id, 0, "javascript:alert(1)"),
    ];
    for (const bad of forged) {
      const answer = await call(clickRoute, bad);
      expect(answer.status, bad).toBe(400);
      expect(answer.headers.get("location")).toBeNull();
      expect(await answer.text()).toContain("This link is not valid");
    }
    expect((await call(openRoute, `${SITE}/t/o/${sendId}.${subscriber.id}.AAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(400);
    expect((await call(openRoute, `${SITE}/t/o/..%2F..%2Fetc`)).status).toBe(400);
    const [row] = await database()
      .db.select({ n: sql<number>`count(*)::int` })
      .from(sendEvents);
    expect(row.n).toBe(0);
  });

  it("still redirects when the click cannot be recorded (a valid signature for a send that is gone)", async () => {
    const target = "https://example.org/article";
    const answer = await call(clickRoute, clickUrl(999_999, 999_999, 3, target));
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe(target);
  });

  it("sends only raster pictures, 1200 px wide at width 600, with alt text", async () => {
    const { mails } = await sendFebruaryTo(["di@example.com"]);
    const html = mails[0].html as string;
    const tags = [...html.matchAll(/<img[^>]*>/g)].map((m) => m[0]);
    const pictures = tags.filter((t) => !t.includes("/t/o/"));
    expect(pictures.length).toBeGreaterThanOrEqual(3);
    for (const tag of pictures) {
      expect(tag).toMatch(/\swidth="600"/);
      expect(tag).toMatch(/\salt="[^"]+"/);
    }
    for (const src of srcs(html).filter((s) => !s.includes("/t/o/"))) {
      expect(src.startsWith(`${SITE}/media/`), src).toBe(true);
      const key = new URL(src).pathname.slice("/media/".length).split("/");
      const answer = await mediaRoute(new Request(src), { params: Promise.resolve({ key }) });
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-type")).toMatch(/^image\/(png|jpeg|webp)$/);
      const meta = await sharp(Buffer.from(await answer.arrayBuffer())).metadata();
      expect(["png", "jpeg", "webp"]).toContain(meta.format);
      expect(meta.width).toBe(1200);
    }
  });

  it("erasing a subscriber erases their opens and clicks", async () => {
    const { mails } = await sendFebruaryTo(["ed@example.com", "fa@example.com"]);
    for (const mail of mails) {
      const html = mail.html as string;
      await call(
        openRoute,
        srcs(html).find((s) => s.includes("/t/o/"))!,
      );
      await call(
        clickRoute,
        hrefs(html).find((h) => h.includes("/t/c/"))!,
      );
    }
    await waitForEvents(4);
    const [ed] = await database().db.select().from(subscribers).where(eq(subscribers.email, "ed@example.com"));
    expect(await eraseSubscriber(ed.id, emailKey(ed.email))).toBe(true);
    const left = await database().db.select().from(sendEvents);
    expect(left).toHaveLength(2);
    expect(left.every((e) => e.subscriberId !== ed.id)).toBe(true);
  });
});
