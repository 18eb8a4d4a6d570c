/** Editor queries for revisions: one per save, publish, schedule, unpublish and restore. */
import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { issues, revisions, users } from "@/db/schema";
import { issueDraftSchema, type IssueDraft } from "@/lib/validation/issue";

export async function listRevisionsForEditor(issueId: number, limit = 100) {
  const db = await getDb();
  return db
    .select({ id: revisions.id, version: revisions.version, action: revisions.action, createdAt: revisions.createdAt, editorName: users.name })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.editorId))
    .where(eq(revisions.issueId, issueId))
    .orderBy(desc(revisions.version))
    .limit(limit);
}

/** The draft saved in one revision of one issue, or null (unknown, or a snapshot that no longer parses). */
export async function getRevisionDraftForEditor(issueId: number, revisionId: number): Promise<{ version: number; draft: IssueDraft } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ version: revisions.version, snapshot: revisions.snapshot })
    .from(revisions)
    .where(and(eq(revisions.id, revisionId), eq(revisions.issueId, issueId)))
    .limit(1);
  const parsed = issueDraftSchema.safeParse((row?.snapshot as { draft?: unknown } | undefined)?.draft);
  return row && parsed.success ? { version: row.version, draft: parsed.data } : null;
}

/** The latest changes across all issues, for the dashboard. */
export async function listRecentActivityForEditor(limit = 12, createdBy?: number) {
  const db = await getDb();
  return db
    .select({
      id: revisions.id,
      issueId: revisions.issueId,
      issueTitle: issues.title,
      action: revisions.action,
      createdAt: revisions.createdAt,
      editorName: users.name,
    })
    .from(revisions)
    .innerJoin(issues, eq(issues.id, revisions.issueId))
    .leftJoin(users, eq(users.id, revisions.editorId))
    .where(createdBy === undefined ? undefined : eq(issues.createdBy, createdBy))
    .orderBy(desc(revisions.createdAt), desc(revisions.id))
    .limit(limit);
}
