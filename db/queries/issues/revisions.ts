/** Editor queries for revisions: one per save, publish, schedule, unpublish and restore. */
import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { issues, revisions, users } from "@/db/schema";
import { issueDraftSchema, type IssueDraft } from "@/model/issue-draft";

export async function listRevisionsForEditor(issueId: number, limit = 100) {
  const db = await getDb();
  return db
    .select({
      id: revisions.id,
      version: revisions.version,
      action: revisions.action,
      createdAt: revisions.createdAt,
      editorName: users.name,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.editorId))
    .where(eq(revisions.issueId, issueId))
    .orderBy(desc(revisions.version))
    .limit(limit);
}

/** The draft saved in one revision of one issue, or null (unknown, or a snapshot that no longer parses). */
export async function getRevisionDraftForEditor(
  issueId: number,
  revisionId: number,
): Promise<{ version: number; draft: IssueDraft } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ version: revisions.version, snapshot: revisions.snapshot })
    .from(revisions)
    .where(and(eq(revisions.id, revisionId), eq(revisions.issueId, issueId)))
    .limit(1);
  const parsed = issueDraftSchema.safeParse((row?.snapshot as { draft?: unknown } | undefined)?.draft);
  return row && parsed.success ? { version: row.version, draft: parsed.data } : null;
}

/** How many of the latest revisions the dashboard looks at: a bounded read, whatever the history holds. */
export const ACTIVITY_WINDOW = 2000;

export type ActivityEntry = {
  id: number;
  issueId: number;
  issueTitle: string;
  action: string;
  editorName: string | null;
  /** Revisions in this entry: consecutive saves of one issue by one person are one entry. */
  count: number;
  /** True when the run reaches past the revisions looked at, so `count` is a lower bound. */
  countIsAtLeast: boolean;
  createdAt: Date;
};

/**
 * The latest changes across all issues (or a contributor's own), for the dashboard. Autosave
 * writes a revision every few seconds of typing, so a run of saves of the same issue by the same
 * person, with nothing else between, is one entry with its count and the time of the last one.
 * Reads the newest ACTIVITY_WINDOW revisions by primary key (ids grow with time).
 */
export async function listRecentActivityForEditor(limit = 12, createdBy?: number): Promise<ActivityEntry[]> {
  const safeLimit = Math.min(Math.max(Math.trunc(limit), 1), 100);
  const db = await getDb();
  const own = createdBy === undefined ? sql`` : sql`join ${issues} oi on oi.id = r.issue_id and oi.created_by = ${createdBy}`;
  const result = await db.execute<{
    id: number;
    issue_id: number;
    issue_title: string;
    action: string;
    editor_name: string | null;
    count: number;
    reaches_end: boolean;
    full_window: boolean;
    created_at: string | Date;
  }>(sql`
    with recent as (
      select r.id, r.issue_id, r.action, r.editor_id, r.created_at
      from ${revisions} r ${own}
      order by r.id desc
      limit ${ACTIVITY_WINDOW}
    ), marked as (
      select *,
        case when action = 'save' and lag(action) over w = 'save' and lag(issue_id) over w = issue_id
          and lag(editor_id) over w is not distinct from editor_id then 0 else 1 end as starts,
        count(*) over () as in_window,
        min(id) over () as oldest
      from recent window w as (order by id desc)
    ), runs as (
      select *, sum(starts) over (order by id desc) as run from marked
    ), entries as (
      select run, max(id) as id, min(issue_id) as issue_id, min(action) as action, min(editor_id) as editor_id,
        count(*)::int as count, max(created_at) as created_at,
        bool_or(id = oldest) as reaches_end, bool_or(in_window = ${ACTIVITY_WINDOW}) as full_window
      from runs group by run
    )
    select e.id, e.issue_id, i.title as issue_title, e.action, u.name as editor_name, e.count, e.reaches_end, e.full_window, e.created_at
    from entries e
    join ${issues} i on i.id = e.issue_id
    left join ${users} u on u.id = e.editor_id
    order by e.run
    limit ${safeLimit}`);
  return result.rows.map((r) => ({
    id: Number(r.id),
    issueId: Number(r.issue_id),
    issueTitle: r.issue_title,
    action: r.action,
    editorName: r.editor_name,
    count: Number(r.count),
    countIsAtLeast: r.reaches_end && r.full_window && r.action === "save",
    createdAt: new Date(r.created_at),
  }));
}
