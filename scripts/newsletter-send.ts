/**
 * `npm run newsletter:send -- --issue SLUG [--interested] [--yes]`
 * Sends a published issue to the confirmed subscribers (with --interested: only those who chose
 * one of its categories, or everything), through the same start as the editor's Send button
 * (lib/newsletter/start-send.ts): one send per issue, ever. Shows the recipient count and asks
 * unless --yes; then delivers in this process with the same worker the server runs (other
 * instances on PostgreSQL share the work), and prints the counts.
 */
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { getPublishedIssueBySlug } from "@/db/queries/issues/reader";
import { getSendProgressForEditor } from "@/db/queries/sends";
import { closeMailTransport } from "@/lib/email/transport";
import { countAudience, startSend, type Audience } from "@/lib/newsletter/start-send";
import { createSendWorker } from "@/lib/newsletter/worker";
import { withDatabase, fail } from "./_db";

const { values } = parseArgs({
  options: { issue: { type: "string" }, interested: { type: "boolean", default: false }, yes: { type: "boolean", default: false } },
});
const parsed = z
  .object({ issue: z.string().regex(/^[a-z0-9-]{1,120}$/, "must be an issue slug such as chinese-innovation-news-february-2025") })
  .safeParse(values);
if (!parsed.success) {
  console.error("Usage: npm run newsletter:send -- --issue SLUG [--interested] [--yes]");
  console.error(`  --issue: ${parsed.error.issues[0]?.message ?? "required"}`);
  process.exit(2);
}
const audience: Audience = values.interested ? "interested" : "all";

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) fail("Not asking on a non-interactive input: add --yes to send.");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

withDatabase(async () => {
  const issue = await getPublishedIssueBySlug(parsed.data.issue);
  if (!issue) fail(`No published issue with the slug ${parsed.data.issue}.`);
  if (await getSendProgressForEditor(issue.id)) fail(`"${issue.title}" has already been sent by email. An issue is sent once.`);
  const count = (await countAudience(issue.id, audience)) ?? 0;
  const who = audience === "interested" ? "confirmed subscribers interested in its categories (or in everything)" : "confirmed subscribers";
  console.log(`"${issue.title}": ${count} ${who}.`);
  if (!values.yes && !(await confirm(`Send it to ${count} ${count === 1 ? "person" : "people"} now? [y/N] `))) {
    console.log("Not sent.");
    return;
  }
  const started = await startSend({ issueId: issue.id, audience, actor: "cli" });
  if (!started.ok) fail(started.error);
  const worker = createSendWorker();
  await worker.drain();
  await worker.stop();
  closeMailTransport();
  const progress = await getSendProgressForEditor(issue.id);
  console.log(
    `Sent: ${progress?.sent ?? 0} of ${started.total} (failed ${progress?.failed ?? 0}, skipped ${progress?.skipped ?? 0}, waiting for a retry ${progress?.remaining ?? 0}).`,
  );
})
  // The Markdown worker thread and the image conversions keep the event loop alive: end once the figures are printed.
  .then(() => process.exit(0))
  .catch(fail);
