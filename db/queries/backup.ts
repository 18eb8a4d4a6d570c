/**
 * Whole-database reads and writes for `npm run export` / `npm run import`. Tables are listed in
 * an order where every foreign key points backwards, so a restore never breaks a constraint.
 */
import "server-only";
import { asc, getTableColumns, getTableName, sql, type Table } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db";
import {
  authors,
  categories,
  deliveries,
  emailOutbox,
  events,
  issueCategories,
  issues,
  media,
  newsletterSends,
  revisions,
  sectionItems,
  sections,
  subscribers,
  subscriberImports,
  users,
} from "@/db/schema";

/** Export order: parents before children. Rate-limit counters are ephemeral and not kept. */
export const BACKUP_TABLES = [
  authors,
  users,
  categories,
  media,
  issues,
  sections,
  sectionItems,
  issueCategories,
  events,
  revisions,
  subscriberImports,
  subscribers,
  newsletterSends,
  deliveries,
  emailOutbox,
] as const satisfies readonly PgTable[];

export type BackupRow = Record<string, unknown>;

export function tableName(table: Table): string {
  return getTableName(table);
}

/** Columns the database computes itself (generated search vectors) are left out. */
function storedColumns(table: PgTable) {
  return Object.fromEntries(Object.entries(getTableColumns(table)).filter(([, c]) => !c.generated));
}

/** Every row of a table in primary-key order, as plain values. */
export async function readTable(db: Db, table: PgTable): Promise<BackupRow[]> {
  const columns = storedColumns(table);
  const orderBy = Object.values(columns).filter((c) => c.primary || c.name === "issue_id" || c.name === "category_id");
  return db
    .select(columns)
    .from(table)
    .orderBy(...orderBy.map((c) => asc(c)));
}

/** Turns JSON values back into what the columns expect (ISO strings → Date for timestamps). */
export function reviveRow(table: PgTable, row: BackupRow): BackupRow {
  const columns = storedColumns(table);
  const out: BackupRow = {};
  for (const [key, column] of Object.entries(columns)) {
    if (!(key in row)) continue;
    const value = row[key];
    out[key] = column.dataType === "date" && typeof value === "string" ? new Date(value) : value;
  }
  return out;
}

export async function insertRows(db: Db, table: PgTable, rows: BackupRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(table).values(rows.slice(i, i + 500).map((r) => reviveRow(table, r)) as never);
  }
}

/** After inserting explicit ids, move every serial sequence past the largest id. */
export async function resetSequences(db: Db): Promise<void> {
  for (const table of BACKUP_TABLES) {
    if (!("id" in getTableColumns(table))) continue;
    const name = tableName(table);
    await db.execute(
      sql`select setval(pg_get_serial_sequence(${name}, 'id'), coalesce((select max(id) from ${sql.identifier(name)}), 0) + 1, false)`,
    );
  }
}

/** True when no table that a backup restores holds a row. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  for (const table of BACKUP_TABLES) {
    const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(tableName(table))}`);
    if (Number(result.rows[0]?.n ?? 0) > 0) return false;
  }
  return true;
}
