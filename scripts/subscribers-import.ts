/**
 * `npm run subscribers:import -- FILE [--mapping email=Email,status=State,optin=Joined] [--yes] [--send-confirmations]`
 * Shows what the import would do (a preview that writes nothing), asks, then imports in one
 * transaction. Addresses without a recorded opt-in become pending; `--send-confirmations` mails
 * them a confirmation link (never without it).
 */
import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { sendImportConfirmations } from "@/lib/import/confirmations";
import { importSubscribers, ImportInputError } from "@/lib/import/subscribers";
import { closeMailTransport } from "@/lib/email/transport";
import { parseMappingArgument, sourceLabels, type ColumnMapping, type SubscriberImportSummary } from "@/model/import";
import { fail, withDatabase } from "./_db";

const USAGE =
  "Usage: npm run subscribers:import -- FILE [--mapping email=Column,status=Column,optin=Column] [--yes] [--send-confirmations]";
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    mapping: { type: "string" },
    yes: { type: "boolean", default: false },
    "send-confirmations": { type: "boolean", default: false },
  },
});
const file = positionals[0];
if (!file || !existsSync(file)) fail(file ? `No such file: ${file}\n${USAGE}` : USAGE);
let mapping: ColumnMapping | undefined;
if (values.mapping) {
  const parsed = parseMappingArgument(values.mapping);
  if ("error" in parsed) fail(`--mapping: ${parsed.error}\n${USAGE}`);
  mapping = parsed;
}

function report(summary: SubscriberImportSummary, verb: string): void {
  const c = summary.counts;
  console.log(
    `${sourceLabels[summary.source]} file, ${c.rows} rows: ${c.new} ${verb} (${c.confirmed} with a recorded opt-in, ${c.pending} pending), ${c.existing} already there, ${c.suppressed} suppressed (unsubscribed, cleaned or bounced), ${c.invalid} invalid.`,
  );
  for (const row of summary.invalid) console.log(`  line ${row.line}: ${row.reason}`);
  if (summary.counts.invalid > summary.invalid.length)
    console.log(`  … and ${summary.counts.invalid - summary.invalid.length} more invalid rows`);
}

const progress = (rows: number) => process.stderr.isTTY && process.stderr.write(`\r${rows.toLocaleString("en")} rows…`);
const source = () => createReadStream(file);

withDatabase(async () => {
  const preview = await importSubscribers(source(), { mode: "preview", mapping, onProgress: progress });
  if (process.stderr.isTTY) process.stderr.write("\r");
  report(preview, "new");
  if (preview.counts.added > 0) {
    if (!values.yes) {
      if (!process.stdin.isTTY) fail("Nothing written. Run again with --yes to import.");
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      const answer = await rl.question("Import? [y/N] ");
      rl.close();
      if (!/^y(es)?$/i.test(answer.trim())) fail("Nothing written.");
    }
    const done = await importSubscribers(source(), { mode: "import", mapping, fileName: path.basename(file), onProgress: progress });
    if (process.stderr.isTTY) process.stderr.write("\r");
    report(done, "imported");
  } else {
    console.log("Nothing to import.");
  }
  if (values["send-confirmations"]) {
    let total = 0;
    for (;;) {
      const { sent, remaining } = await sendImportConfirmations();
      total += sent;
      if (sent === 0 || remaining === 0) break;
    }
    console.log(`Confirmation mail sent to ${total} pending imported addresses.`);
    closeMailTransport();
  } else if (preview.counts.pending > 0) {
    console.log(
      "Pending addresses get no mail until you ask: run again with --send-confirmations, or use the button on Editor → Subscribers → Import.",
    );
  }
})
  // Worker threads (Markdown, images) keep the event loop alive: end once the summary is printed.
  .then(() => process.exit(0))
  .catch((err) => fail(err instanceof ImportInputError ? err.message : err));
