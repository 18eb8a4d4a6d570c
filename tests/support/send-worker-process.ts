/**
 * A send worker in its own process, for the kill test: uses DATABASE_URL and SMTP_URL from the
 * environment, drains until the send is finished, and prints `drained`. The test kills it with
 * SIGKILL part-way, which is what a crash or an OOM kill does.
 */
import { getSendProgressForEditor } from "@/db/queries/sends";
import { closeDb } from "@/db";
import { closeMailTransport } from "@/lib/email/transport";
import { createSendWorker } from "@/lib/newsletter/worker";

async function main() {
  const issueId = Number(process.env.SEND_ISSUE_ID);
  const worker = createSendWorker({ backoffMs: () => 20, batchSize: 25, leaseSeconds: Number(process.env.SEND_LEASE_SECONDS ?? 120) });
  for (;;) {
    await worker.drain();
    const progress = await getSendProgressForEditor(issueId);
    if (progress && progress.remaining === 0) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  console.log("drained");
  closeMailTransport();
  await closeDb();
  // The log's worker thread would keep the process alive; the test waits for this exit.
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
