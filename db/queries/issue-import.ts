/** SQL of the archive import: which posts came in before, and marking a new draft as imported. */
import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { issues, users } from "@/db/schema";

/** The source keys (feed links, `ghost:<id>`) that are already issues. */
export async function importedSourceKeys(keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const db = await getDb();
  const rows = await db.select({ key: issues.importSource }).from(issues).where(inArray(issues.importSource, keys));
  return new Set(rows.map((r) => r.key!));
}

/** Records where a new draft came from; false when another import took that source meanwhile. */
export async function markIssueImported(id: number, sourceKey: string, publishedAt: Date | null): Promise<boolean> {
  const db = await getDb();
  try {
    await db.update(issues).set({ importSource: sourceKey, importedPublishedAt: publishedAt }).where(eq(issues.id, id));
    return true;
  } catch (err) {
    const e = err as { code?: string; cause?: { code?: string } };
    if (e.code === "23505" || e.cause?.code === "23505") return false;
    throw err;
  }
}

/** The command line imports as the first active owner (drafts need someone to belong to). */
export async function firstOwnerIdForImport(): Promise<number | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "owner"), isNull(users.disabledAt)))
    .orderBy(asc(users.id))
    .limit(1);
  return row?.id ?? null;
}
