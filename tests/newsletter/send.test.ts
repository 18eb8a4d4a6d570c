/**
 * Sending an issue to 500 confirmed subscribers through a real SMTP server that fails a few
 * recipients temporarily and one permanently, with the worker crashing part-way (between an SMTP
 * answer and its database write: the worst moment) and a new worker resuming.
 */
import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { issues, subscribers } from "@/db/schema";
import { createSendForEditor, getSendProgressForEditor, type SendProgress } from "@/db/queries/sends";
import { applySeed } from "@/db/seed/apply";
import { demoContent } from "@/db/seed/demo";
import { unsubscribeToken } from "@/lib/email/tokens";
import { createSendWorker, WorkerCrash, type SendWorker } from "@/lib/newsletter/worker";
import { databaseForThisFile } from "../support/database";
import { mailSinkForThisFile } from "../support/mail-sink";

const TEMPORARY = new Set(["r0007@example.com", "r0123@example.com", "r0250@example.com", "r0333@example.com", "r0499@example.com"]);
const PERMANENT = "r0042@example.com";

process.env.AUTH_SECRET = "test-secret-test-secret-test-secret-0123456789";
process.env.SITE_URL = "https://news.example.com";
process.env.MAIL_FROM = "Dispatch <newsletter@news.example.com>";
const database = databaseForThisFile((db) => applySeed(db, demoContent));
const sink = mailSinkForThisFile({
  reject: (to, attempt) => {
    if (to === PERMANENT) return { code: 550, message: "5.1.1 No such mailbox" };
    if (TEMPORARY.has(to) && attempt <= 2) return { code: 451, message: "4.7.1 Try again later" };
    return null;
  },
});

async function addConfirmed(n: number) {
  const rows = Array.from({ length: n }, (_, i) => ({
    email: `r${String(i).padStart(4, "0")}@example.com`,
    status: "confirmed" as const,
    confirmedAt: new Date(),
  }));
  await database().db.insert(subscribers).values(rows);
}

async function publishedIssueId(): Promise<number> {
  const [row] = await database()
    .db.select({ id: issues.id })
    .from(issues)
    .where(eq(issues.status, "published"))
    .orderBy(sql`${issues.publishedAt} desc`)
    .limit(1);
  return row.id;
}

/** Drains until the send is finished (retries are due later, so one drain may end early). */
async function runUntilDone(worker: SendWorker, issueId: number): Promise<SendProgress> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    await worker.drain();
    const progress = (await getSendProgressForEditor(issueId))!;
    if (progress.remaining === 0) return progress;
    if (Date.now() > deadline) throw new Error(`send not finished: ${JSON.stringify(progress)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("sending an issue", () => {
  it("reaches every deliverable subscriber exactly once despite a crash, retries 4xx, fails 5xx", async () => {
    await addConfirmed(500);
    const issueId = await publishedIssueId();
    const send = await createSendForEditor({ issueId, subject: "Test issue", segment: [], startedBy: null });
    expect(send?.total).toBe(500);
    expect(await createSendForEditor({ issueId, subject: "again", segment: [], startedBy: null })).toBeNull();

    let answered = 0;
    const fast = { backoffMs: () => 20, batchSize: 50, concurrency: 8, idleMs: 10 };
    const first = createSendWorker({ ...fast, workerId: "first", afterSmtp: () => (++answered === 180 ? "crash" : undefined) });
    await expect(first.drain()).rejects.toBeInstanceOf(WorkerCrash);
    const atCrash = (await getSendProgressForEditor(issueId))!;
    expect(atCrash.sent).toBeGreaterThan(100);
    expect(atCrash.remaining).toBeGreaterThan(200);

    // The restarted worker treats the dead worker's claims as expired (lease 0 for the test).
    const second = createSendWorker({ ...fast, workerId: "second", leaseSeconds: 0 });
    const done = await runUntilDone(second, issueId);
    expect(done).toMatchObject({ total: 500, sent: 499, failed: 1, skipped: 0, remaining: 0 });
    expect((await getSendProgressForEditor(issueId))!.status).toBe("done");

    // What the mailboxes hold: one copy per deliverable recipient, identified by the idempotency key.
    const accepted = sink().messages.filter((m) => m.idempotencyKey?.startsWith(`${issueId}:`));
    const mailbox = new Map(accepted.map((m) => [m.messageId, m]));
    const recipients = [...mailbox.values()].map((m) => m.to).sort();
    const expected = Array.from({ length: 500 }, (_, i) => `r${String(i).padStart(4, "0")}@example.com`).filter((e) => e !== PERMANENT);
    expect(recipients).toEqual(expected);
    expect(new Set(recipients).size).toBe(499);
    // On the wire, only the messages in flight at the crash (at most one per connection) were repeated.
    const repeats = accepted.length - mailbox.size;
    expect(repeats).toBeLessThanOrEqual(fast.concurrency);
    for (const m of accepted) expect(m.messageId).toBe(`<dispatch.i${issueId}.s${m.idempotencyKey!.split(":")[1]}@news.example.com>`);
    // The pre-encoded bodies decode to the issue with this recipient's own unsubscribe link.
    const sample = accepted.find((m) => m.to === "r0100@example.com")!;
    const parsed = await sink().parse(sample);
    const subscriberId = Number(sample.idempotencyKey!.split(":")[1]);
    const link = `https://news.example.com/api/newsletter/unsubscribe?token=${encodeURIComponent(unsubscribeToken(subscriberId))}`;
    expect(parsed.text).toContain(`Unsubscribe or change your topics: ${link}`);
    expect(parsed.html).toContain(`href="${link}"`);
    expect(parsed.html).toContain("TL;DR");
    expect(parsed.html).not.toContain("%%DISPATCH");
    expect(sample.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r$/m);
    expect(sample.raw.split(/\r\n/).every((line) => line.length <= 998)).toBe(true);
    expect(sink().rejections.get(PERMANENT)).toBe(1);
    for (const t of TEMPORARY) expect(sink().rejections.get(t)).toBe(2);

    const [perm] = await database().db.select().from(subscribers).where(eq(subscribers.email, PERMANENT));
    expect(perm.permanentFailures).toBe(1);
    expect(perm.status).toBe("confirmed");
  });

  it("two workers at once share the work without sending anyone twice", async () => {
    await addConfirmed(300);
    const issueId = await publishedIssueId();
    await createSendForEditor({ issueId, subject: "x", segment: [], startedBy: null });
    const options = { backoffMs: () => 20, batchSize: 20, concurrency: 4 };
    const a = createSendWorker({ ...options, workerId: "a" });
    const b = createSendWorker({ ...options, workerId: "b" });
    await Promise.all([runUntilDone(a, issueId), runUntilDone(b, issueId)]);
    const accepted = sink().messages.filter((m) => m.idempotencyKey?.startsWith(`${issueId}:`));
    expect(accepted.length).toBe(299);
    expect(new Set(accepted.map((m) => m.to)).size).toBe(299);
  });

  it("a second permanent failure marks the subscriber bounced and later sends skip them", async () => {
    await addConfirmed(3);
    const ids = await database()
      .db.select({ id: issues.id })
      .from(issues)
      .where(eq(issues.status, "published"))
      .orderBy(sql`${issues.publishedAt} desc`)
      .limit(3);
    await database().db.update(subscribers).set({ email: PERMANENT }).where(eq(subscribers.email, "r0002@example.com"));
    const worker = createSendWorker({ backoffMs: () => 20 });
    for (const [i, { id }] of ids.entries()) {
      await createSendForEditor({ issueId: id, subject: "x", segment: [], startedBy: null });
      const progress = await runUntilDone(worker, id);
      if (i < 2) expect(progress).toMatchObject({ sent: 2, failed: 1 });
      else expect(progress).toMatchObject({ total: 2, sent: 2, failed: 0 });
    }
    const [bounced] = await database().db.select().from(subscribers).where(eq(subscribers.email, PERMANENT));
    expect(bounced.status).toBe("bounced");
  });

  it("limits recipients to the issue's categories when asked (empty interests mean everything)", async () => {
    await addConfirmed(4);
    await database()
      .db.update(subscribers)
      .set({ interests: ["china"] })
      .where(eq(subscribers.email, "r0000@example.com"));
    await database()
      .db.update(subscribers)
      .set({ interests: ["no-such-topic"] })
      .where(eq(subscribers.email, "r0001@example.com"));
    const issueId = await publishedIssueId();
    const send = await createSendForEditor({ issueId, subject: "x", segment: ["china", "future"], startedBy: null });
    expect(send?.total).toBe(3);
  });
});
