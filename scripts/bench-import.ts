/**
 * `npm run bench:import`: imports a generated Mailchimp-shaped CSV of 100,000 rows
 * (`BENCH_IMPORT_ROWS`) through the real import (preview, then the import in one transaction; both timed),
 * three times (`BENCH_IMPORT_RUNS`), each into a fresh throwaway database (PGlite in memory, or
 * PostgreSQL with TEST_DATABASE_URL). Prints rows/s of each run and the median.
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createThrowawayDatabase } from "@/db/throwaway";
import { importSubscribers } from "@/lib/import/subscribers";

const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const runs = Number(process.env.BENCH_IMPORT_RUNS ?? 3);

function writeCsv(file: string): void {
  const lines = [
    `"Email Address","First Name","Last Name","MEMBER_RATING","OPTIN_TIME","OPTIN_IP","CONFIRM_TIME","CONFIRM_IP","LAST_CHANGED","LEID","EUID","NOTES","TAGS"`,
  ];
  for (let i = 0; i < rows; i++) {
    // Every 10th row has no recorded opt-in (pending), every 97th is malformed.
    const optin = i % 10 === 0 ? "" : `"2024-03-05 14:02:11"`;
    lines.push(
      i % 97 === 0 ? `broken-${i}` : `reader${i}@example.com,Reader,${i},2,${optin},,${optin},,"2024-03-05 14:05:00",${i},e${i},,`,
    );
  }
  writeFileSync(file, lines.join("\n") + "\n");
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-import-"));
  const file = path.join(dir, "subscribed_members_export.csv");
  writeCsv(file);
  const rates: number[] = [];
  const seconds: number[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      const database = await createThrowawayDatabase(process.env.TEST_DATABASE_URL);
      try {
        const started = performance.now();
        const preview = await importSubscribers(createReadStream(file), { mode: "preview" });
        const previewed = performance.now();
        const done = await importSubscribers(createReadStream(file), { mode: "import", fileName: "bench.csv" });
        const s = (performance.now() - previewed) / 1000;
        if (done.counts.new !== preview.counts.new || done.counts.rows !== rows)
          throw new Error(`counts differ: ${JSON.stringify({ preview: preview.counts, done: done.counts })}`);
        seconds.push(s);
        rates.push(rows / s);
        const p = (previewed - started) / 1000;
        console.log(
          `run ${run} (${database.engine}): ${rows} rows (${done.counts.new} new, ${done.counts.invalid} invalid): preview ${p.toFixed(2)} s, import ${s.toFixed(2)} s = ${Math.round(rows / s)} rows/s`,
        );
      } finally {
        await database.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `median of ${runs}: import ${median(seconds).toFixed(2)} s, ${Math.round(median(rates))} rows/s (goal: 100,000 rows in at most 30 s; the preview before it reads the file once more)`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
