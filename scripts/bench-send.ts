/**
 * `npm run bench:send`: sends one issue to 10,000 confirmed subscribers through the real worker,
 * the pooled nodemailer transport and a local SMTP server (smtp-server), and prints messages per
 * second. Database: in-memory PGlite, or a throwaway PostgreSQL database when TEST_DATABASE_URL
 * is set. BENCH_COUNT and SEND_CONCURRENCY change the size and the number of connections.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { eq, sql } from "drizzle-orm";
import { issues, subscribers } from "@/db/schema";
import { createSendForEditor, getSendProgressForEditor } from "@/db/queries/sends";
import { applySeed } from "@/db/seed/apply";
import { demoContent } from "@/db/seed/demo";
import { closeMailTransport, setSmtpUrlOverride } from "@/lib/email/transport";
import { createSendWorker } from "@/lib/newsletter/worker";
import { createThrowawayDatabase } from "@/db/throwaway";

/** The sink runs in its own process, as a mail server would; it answers `count` on stdin. */
async function startSinkProcess() {
  const child = spawn(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/smtp-sink.ts"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  const next = (prefix: string) =>
    new Promise<string>((resolve) => {
      const onLine = (line: string) => {
        if (line.startsWith(prefix)) {
          lines.off("line", onLine);
          resolve(line.slice(prefix.length).trim());
        }
      };
      lines.on("line", onLine);
    });
  const port = Number(await next("listening "));
  return {
    url: `smtp://127.0.0.1:${port}`,
    async count() {
      const answer = next("count ");
      child.stdin!.write("count\n");
      const [total, unique] = (await answer).split(" ").map(Number);
      return { total, unique };
    },
    close: () => {
      child.stdin!.end();
      return new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

async function main() {
  const count = Number(process.env.BENCH_COUNT ?? 10_000);
  process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-0123";
  process.env.SITE_URL ??= "https://news.example.com";
  process.env.MAIL_FROM ??= "Dispatch <newsletter@news.example.com>";
  const database = await createThrowawayDatabase(process.env.TEST_DATABASE_URL);
  const sink = await startSinkProcess();
  setSmtpUrlOverride(sink.url);
  try {
    await applySeed(database.db, demoContent);
    for (let i = 0; i < count; i += 1_000) {
      const rows = Array.from({ length: Math.min(1_000, count - i) }, (_, j) => ({
        email: `bench${i + j}@example.com`,
        status: "confirmed" as const,
        confirmedAt: new Date(),
      }));
      await database.db.insert(subscribers).values(rows);
    }
    const [issue] = await database.db
      .select({ id: issues.id, title: issues.title })
      .from(issues)
      .where(eq(issues.status, "published"))
      .orderBy(sql`${issues.publishedAt} desc`)
      .limit(1);
    const started = performance.now();
    await createSendForEditor({ issueId: issue.id, subject: issue.title, segment: [], startedBy: null });
    const rowsWritten = performance.now();
    const worker = createSendWorker({ workerId: "bench" });
    await worker.drain();
    await worker.stop();
    const seconds = (performance.now() - started) / 1000;
    const progress = (await getSendProgressForEditor(issue.id))!;
    const caught = await sink.count();
    console.log(
      JSON.stringify({
        engine: database.engine,
        recipients: count,
        sent: progress.sent,
        failed: progress.failed,
        caughtBySink: caught.total,
        distinctMessageIds: caught.unique,
        deliveryRowsMs: Math.round(rowsWritten - started),
        seconds: Number(seconds.toFixed(2)),
        concurrency: Number(process.env.SEND_CONCURRENCY ?? 8),
      }),
    );
    console.log(
      `${Math.round(progress.sent / seconds)} messages/s (${progress.sent} messages in ${seconds.toFixed(1)} s, ${database.engine})`,
    );
    if (progress.sent !== count || caught.total !== count || caught.unique !== count) process.exitCode = 1;
  } finally {
    closeMailTransport();
    // Closing must not hold the result hostage: at most 5 s, then the process exits anyway.
    const closing = Promise.all([sink.close(), database.close()]);
    await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
  }
}

// The figures are printed and everything is closed; exit even if a pooled connection or timer
// would keep the event loop alive (seen with PostgreSQL: the process never ended).
main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
