/**
 * The backup archive: one gzip-compressed JSON-lines file. The first line describes the archive,
 * then one line per row ({"t": table, "r": row}) in restore order, then one line per media file
 * ({"m": key, "d": base64}). Streamed both ways, so its size is bounded by disk, not memory.
 * Media is read and written only through MediaStorage, so the same archive moves between
 * DATA_DIR/uploads and an S3 bucket in either direction.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { finished } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import type { Db } from "@/db";
import { BACKUP_TABLES, insertRows, isDatabaseEmpty, readTable, resetSequences, tableName, type BackupRow } from "@/db/queries/backup";
import type { MediaStorage } from "@/lib/storage";
import { isValidKey } from "@/lib/storage/keys";

export const ARCHIVE_FORMAT = "dispatch-backup";
export const ARCHIVE_VERSION = 1;

export type ExportSummary = { tables: Record<string, number>; media: number; passwordHashes: boolean };

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export async function exportArchive(
  db: Db,
  files: MediaStorage,
  path: string,
  options: { withPasswordHashes: boolean },
): Promise<ExportSummary> {
  const gzip = createGzip();
  const out = createWriteStream(path, { mode: 0o600 });
  gzip.pipe(out);
  const write = (value: unknown) =>
    new Promise<void>((resolve) => (gzip.write(`${JSON.stringify(value)}\n`) ? resolve() : gzip.once("drain", resolve)));

  const summary: ExportSummary = { tables: {}, media: 0, passwordHashes: options.withPasswordHashes };
  await write({
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    createdAt: new Date().toISOString(),
    passwordHashes: options.withPasswordHashes,
  });
  for (const table of BACKUP_TABLES) {
    const name = tableName(table);
    const rows = await readTable(db, table);
    for (const row of rows) {
      // Without --with-password-hashes, imported accounts must be given a new password.
      if (name === "users" && !options.withPasswordHashes) row.passwordHash = "!";
      await write({ t: name, r: row });
    }
    summary.tables[name] = rows.length;
  }
  const mediaRows = await readTable(
    db,
    BACKUP_TABLES.find((t) => tableName(t) === "media")!,
  );
  for (const row of mediaRows) {
    const object = await files.get(String(row.key));
    if (!object) continue;
    await write({ m: row.key, d: (await readAll(object.body)).toString("base64") });
    summary.media += 1;
  }
  gzip.end();
  await finished(out);
  return summary;
}

/**
 * The archive's lines, read only once the caller starts iterating. A readline interface reads as
 * soon as it exists and drops lines nobody is iterating yet: opened before the transaction's
 * BEGIN (a network round trip on PostgreSQL), it lost the header and the import failed with "Not
 * a Dispatch backup". A generator's body runs on the first next(), so opening and iterating are
 * one step.
 */
export async function* archiveLines(path: string): AsyncGenerator<string> {
  const input = createReadStream(path).pipe(createGunzip());
  yield* createInterface({ input, crlfDelay: Infinity });
}

export async function importArchive(db: Db, files: MediaStorage, path: string): Promise<ExportSummary> {
  if (!(await isDatabaseEmpty(db))) throw new Error("The database already holds data; import only restores into an empty database.");
  const byName = new Map(BACKUP_TABLES.map((t) => [tableName(t), t]));
  const summary: ExportSummary = { tables: {}, media: 0, passwordHashes: false };
  let header = false;
  let pending: { table: string; rows: BackupRow[] } | undefined;
  await db.transaction(async (tx) => {
    for await (const line of archiveLines(path)) {
      if (!line.trim()) continue;
      const entry = JSON.parse(line) as {
        format?: string;
        version?: number;
        passwordHashes?: boolean;
        t?: string;
        r?: BackupRow;
        m?: string;
        d?: string;
      };
      if (!header) {
        if (entry.format !== ARCHIVE_FORMAT || entry.version !== ARCHIVE_VERSION)
          throw new Error("Not a Dispatch backup (or a newer format).");
        summary.passwordHashes = !!entry.passwordHashes;
        header = true;
        continue;
      }
      if (entry.t && entry.r) {
        if (!byName.has(entry.t)) throw new Error(`Unknown table in backup: ${entry.t}`);
        if (pending && pending.table !== entry.t) await flushWith(tx);
        pending ??= { table: entry.t, rows: [] };
        pending.rows.push(entry.r);
        if (pending.rows.length >= 500) await flushWith(tx);
      } else if (entry.m && entry.d) {
        // The archive is input: a key the server could not have made never reaches the store.
        if (!isValidKey(entry.m)) throw new Error(`Not a media key in backup: ${JSON.stringify(entry.m.slice(0, 100))}`);
        await flushWith(tx);
        await files.put(entry.m, Buffer.from(entry.d, "base64"));
        summary.media += 1;
      }
    }
    await flushWith(tx);
    await resetSequences(tx as unknown as Db);
  });
  if (!header) throw new Error("The backup file is empty.");
  return summary;

  async function flushWith(tx: unknown) {
    const current = pending;
    if (!current) return;
    await insertRows(tx as Db, byName.get(current.table)!, current.rows);
    summary.tables[current.table] = (summary.tables[current.table] ?? 0) + current.rows.length;
    pending = undefined;
  }
}
