/**
 * The subscriber import: a CSV streamed through csv-parse, each row classified (lib/import/
 * csv-formats.ts), then either counted against the list (preview) or inserted in batches inside
 * one transaction (import). Preview and import share this one path, so the preview's counts are
 * the import's.
 */
import "server-only";
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import {
  createSubscriberImport,
  existingEmailsForImport,
  finishSubscriberImport,
  inImportTransaction,
  insertImportedSubscribers,
  type ImportRow,
} from "@/db/queries/subscriber-import";
import type { ColumnMapping, ImportCounts, InvalidRow, PreviewRow, RowOutcome, SubscriberImportSummary } from "@/model/import";
import { readerFor, type RowReader } from "./csv-formats";

/** A problem with the file as a whole (no header, unknown format, over a cap): shown as it is. */
export class ImportInputError extends Error {}

export type SubscriberImportOptions = {
  mode: "preview" | "import";
  mapping?: ColumnMapping;
  fileName?: string;
  createdBy?: number | null;
  maxRows?: number;
  maxBytes?: number;
  batchSize?: number;
  /** Called after every batch with the rows read so far. */
  onProgress?: (rows: number) => void;
};

const FIRST_ROWS = 10;
const MAX_LISTED_INVALID = 200;

type Pending = ImportRow & { line: number; preview?: PreviewRow };

async function* tapped(source: AsyncIterable<Uint8Array | string>, hash: ReturnType<typeof createHash>, maxBytes: number) {
  let bytes = 0;
  for await (const chunk of source) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    bytes += buf.byteLength;
    if (bytes > maxBytes) throw new ImportInputError(`The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
    hash.update(buf);
    yield buf;
  }
}

/**
 * Reads the whole file and returns what happened to its rows. In "import" mode every insert runs
 * in one transaction: a failure (a database error, a cap) rolls everything back and is thrown.
 */
export async function importSubscribers(
  source: AsyncIterable<Uint8Array | string>,
  options: SubscriberImportOptions,
): Promise<SubscriberImportSummary> {
  if (options.mode === "preview") {
    return strip(await readFile(source, options, async (batch) => notIn(batch, await existingEmailsForImport(batch.map((r) => r.email)))));
  }
  return inImportTransaction(async (tx) => {
    let importId: number | null = null;
    const summary = await readFile(source, options, async (batch, reader) => {
      importId ??= await createSubscriberImport(tx, {
        source: reader.source,
        fileName: (options.fileName ?? "").slice(0, 300),
        fileSha256: "pending",
        createdBy: options.createdBy ?? null,
      });
      return insertImportedSubscribers(tx, importId, reader.source, batch);
    });
    summary.importId =
      importId === null ? null : await finishSubscriberImport(tx, importId, { ...summary.counts }, summary.counts.added, summary.sha256);
    return strip(summary);
  });
}

function notIn(batch: ImportRow[], existing: Set<string>): Set<string> {
  return new Set(batch.filter((r) => !existing.has(r.email)).map((r) => r.email));
}

type Internal = SubscriberImportSummary & { sha256: string };

/** The summary without the internal fields. */
function strip(summary: Internal): SubscriberImportSummary {
  return {
    source: summary.source,
    counts: summary.counts,
    invalid: summary.invalid,
    firstRows: summary.firstRows,
    importId: summary.importId,
  };
}

async function readFile(
  source: AsyncIterable<Uint8Array | string>,
  options: SubscriberImportOptions,
  sink: (batch: ImportRow[], reader: RowReader) => Promise<Set<string>>,
): Promise<Internal> {
  const hash = createHash("sha256");
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const batchSize = options.batchSize ?? 1_000;
  const counts: ImportCounts = { rows: 0, new: 0, existing: 0, invalid: 0, suppressed: 0, pending: 0, confirmed: 0, added: 0 };
  const invalid: InvalidRow[] = [];
  const firstRows: PreviewRow[] = [];
  const seen = new Map<string, number>();
  let reader: RowReader | null = null;
  let header: string[] = [];
  let batch: Pending[] = [];

  const markInvalid = (line: number, reason: string, email = "") => {
    counts.invalid++;
    if (invalid.length < MAX_LISTED_INVALID) invalid.push({ line, reason });
    if (firstRows.length < FIRST_ROWS) firstRows.push({ line, email, outcome: "invalid", status: "", consentAt: null, reason });
  };

  const flush = async () => {
    if (batch.length === 0 || !reader) return;
    const inserted = await sink(batch, reader);
    for (const row of batch) {
      const fresh = inserted.has(row.email);
      const outcome: RowOutcome = row.status === "unsubscribed" || row.status === "bounced" ? "suppressed" : fresh ? "new" : "existing";
      counts[outcome]++;
      if (fresh) counts.added++;
      if (outcome === "new") counts[row.status === "confirmed" ? "confirmed" : "pending"]++;
      if (row.preview) row.preview.outcome = fresh || outcome === "suppressed" ? outcome : "existing";
    }
    batch = [];
    options.onProgress?.(counts.rows);
  };

  const parser = parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true });
  const skipped: Array<{ line: number; reason: string }> = [];
  parser.on("skip", (err: Error & { lines?: number }) =>
    skipped.push({ line: err.lines ?? 0, reason: `not valid CSV (${err.message.replace(/^Invalid [^:]*: /, "").slice(0, 120)})` }),
  );
  const piping = pipeline(Readable.from(tapped(source, hash, options.maxBytes ?? Number.POSITIVE_INFINITY)), parser);
  piping.catch(() => {});

  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    while (skipped.length) {
      const s = skipped.shift()!;
      counts.rows++;
      markInvalid(s.line, s.reason);
    }
    if (!reader) {
      header = record;
      const found = readerFor(record, options.mapping);
      if ("error" in found) throw new ImportInputError(found.error);
      reader = found;
      continue;
    }
    // A quoted field may span lines: the record's first line is its last line minus its newlines.
    const line = info.lines - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
    counts.rows++;
    if (counts.rows > maxRows)
      throw new ImportInputError(
        `The file has more than ${maxRows.toLocaleString("en")} rows; split it or use npm run subscribers:import.`,
      );
    if (record.length !== header.length) {
      markInvalid(line, `${record.length} columns where the header has ${header.length}`);
      continue;
    }
    const row = reader.classify(record);
    if (!row.ok) {
      markInvalid(line, row.reason);
      continue;
    }
    const earlier = seen.get(row.email);
    if (earlier !== undefined) {
      markInvalid(line, `${row.email} is already on line ${earlier}`, row.email);
      continue;
    }
    seen.set(row.email, line);
    const pending: Pending = { line, email: row.email, status: row.status, consentAt: row.consentAt };
    if (firstRows.length < FIRST_ROWS) {
      pending.preview = { line, email: row.email, outcome: "new", status: row.status, consentAt: row.consentAt?.toISOString() ?? null };
      firstRows.push(pending.preview);
    }
    batch.push(pending);
    if (batch.length >= batchSize) await flush();
  }
  await piping;
  for (const s of skipped) {
    counts.rows++;
    markInvalid(s.line, s.reason);
  }
  if (!reader) throw new ImportInputError("The file is empty: it has no header row.");
  await flush();
  invalid.sort((a, b) => a.line - b.line);
  return { source: reader.source, counts, invalid, firstRows, importId: null, sha256: hash.digest("hex") };
}
