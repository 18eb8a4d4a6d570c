/** The audit trail (table audit_events): written by lib/audit.ts, read by the owner's audit page and export. */
import "server-only";
import { and, desc, eq, lt, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { auditEvents } from "@/db/schema";
import { pagesById } from "./rows";

export type AuditRow = typeof auditEvents.$inferSelect;
export type NewAuditRow = typeof auditEvents.$inferInsert;

export async function insertAuditEvent(row: NewAuditRow): Promise<void> {
  const db = await getDb();
  await db.insert(auditEvents).values(row);
}

function filter(kind: string | null, before: number | null): SQL | undefined {
  return and(kind ? eq(auditEvents.kind, kind) : undefined, before ? lt(auditEvents.id, before) : undefined);
}

/**
 * One page of events, newest first, optionally of one kind. Keyset paging (`before` an id), so
 * the cost of a page does not grow with the age of the trail. `hasMore` says whether older exist.
 */
export async function listAuditEvents(options: {
  kind: string | null;
  before: number | null;
  pageSize: number;
}): Promise<{ rows: AuditRow[]; hasMore: boolean }> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(auditEvents)
    .where(filter(options.kind, options.before))
    .orderBy(desc(auditEvents.id))
    .limit(options.pageSize + 1);
  return { rows: rows.slice(0, options.pageSize), hasMore: rows.length > options.pageSize };
}

/** Every event (optionally of one kind), oldest first, in pages: for the CSV export. */
export async function* iterateAuditEvents(kind: string | null, pageSize = 1_000): AsyncGenerator<AuditRow[]> {
  const db = await getDb();
  yield* pagesById((after) =>
    db
      .select()
      .from(auditEvents)
      .where(and(sql`${auditEvents.id} > ${after}`, kind ? eq(auditEvents.kind, kind) : undefined))
      .orderBy(auditEvents.id)
      .limit(pageSize),
  );
}
