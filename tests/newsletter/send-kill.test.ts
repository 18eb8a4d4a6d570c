/**
 * The worker as a separate process, killed with SIGKILL part-way through a send to 500
 * subscribers, then a new process resumes. Needs PostgreSQL (two processes share the database;
 * embedded PGlite serves one process): runs with TEST_DATABASE_URL, as in `npm run test:pg`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { deliveries, issues, subscribers } from "@/db/schema";
import { createSendForEditor, getSendProgressForEditor } from "@/db/queries/sends";
import { applySeed } from "@/db/seed/apply";
import { demoContent } from "@/db/seed/demo";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

const PERMANENT = "k0042@example.com";
const TEMPORARY = new Set(["k0007@example.com", "k0123@example.com", "k0333@example.com"]);
let database: TestDatabase;
let sink: SmtpSink;

beforeAll(async () => {
  if (!process.env.TEST_DATABASE_URL) return;
  process.env.AUTH_SECRET = "test-secret-test-secret-test-secret-0123456789";
  process.env.SITE_URL = "https://news.example.com";
  database = await createTestDatabase();
  sink = await startSmtpSink({
    reject: (to, attempt) =>
      to === PERMANENT
        ? { code: 550, message: "5.1.1 No such mailbox" }
        : TEMPORARY.has(to) && attempt <= 2
          ? { code: 421, message: "4.4.2 Try later" }
          : null,
  });
});

afterAll(async () => {
  await sink?.close();
  await database?.close();
});

function startWorker(issueId: number, lease: number): ChildProcess {
  return spawn(
    path.join(process.cwd(), "node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "tests/support/send-worker-process.ts"],
    {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        SMTP_URL: sink.url,
        SEND_ISSUE_ID: String(issueId),
        SEND_LEASE_SECONDS: String(lease),
        MAIL_FROM: "Dispatch <newsletter@news.example.com>",
        DISPATCH_SEND_WORKER: "off",
      },
      stdio: ["ignore", "pipe", "inherit"],
      // Its own process group: tsx runs the worker in a child process, and a SIGKILL to tsx alone
      // would leave that child sending (it did, for as long as the run lasted).
      detached: true,
    },
  );
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("a worker process killed mid-send", () => {
  it("resumes in a new process: one copy per deliverable recipient, none for the permanent failure", async () => {
    await applySeed(database.db, demoContent);
    await database.db.insert(subscribers).values(
      Array.from({ length: 500 }, (_, i) => ({
        email: `k${String(i).padStart(4, "0")}@example.com`,
        status: "confirmed" as const,
        confirmedAt: new Date(),
      })),
    );
    const [issue] = await database.db
      .select({ id: issues.id })
      .from(issues)
      .where(eq(issues.status, "published"))
      .orderBy(sql`${issues.publishedAt} desc`)
      .limit(1);
    await createSendForEditor({ issueId: issue.id, subject: "Kill test", segment: [], startedBy: null });

    const first = startWorker(issue.id, 120);
    await sink.waitFor((m) => m.length >= 150, 60_000);
    const firstExit = new Promise((r) => first.once("exit", r));
    process.kill(-first.pid!, "SIGKILL");
    await firstExit;
    const atKill = (await getSendProgressForEditor(issue.id))!;
    expect(atKill.remaining).toBeGreaterThan(0);
    // The dead process left claimed rows behind: the window this test is about.
    const [{ n: claimedAtKill }] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(deliveries)
      .where(eq(deliveries.status, "sending"));
    expect(claimedAtKill).toBeGreaterThan(0);

    // The default two-minute lease: the new process takes over the dead one's claims because it
    // sees that process is gone (same host), not because time passed.
    const second = startWorker(issue.id, 120);
    const exit = await new Promise<number | null>((r) => second.once("exit", r));
    expect(exit).toBe(0);

    const progress = (await getSendProgressForEditor(issue.id))!;
    expect(progress).toMatchObject({ status: "done", total: 500, sent: 499, failed: 1, remaining: 0 });
    const accepted = sink.messages.filter((m) => m.idempotencyKey?.startsWith(`${issue.id}:`));
    const mailbox = new Map(accepted.map((m) => [m.messageId, m.to]));
    expect([...mailbox.values()].sort()).toEqual(
      Array.from({ length: 500 }, (_, i) => `k${String(i).padStart(4, "0")}@example.com`).filter((e) => e !== PERMANENT),
    );
    // Repeats on the wire are bounded by the connections in flight when the process died.
    expect(accepted.length - mailbox.size).toBeLessThanOrEqual(8);
    console.log(
      `kill test: ${atKill.sent} sent and ${claimedAtKill} claimed before SIGKILL, ${accepted.length - mailbox.size} resent with the same Message-ID`,
    );
  });
});
