/**
 * Editor queries for issues: list, read, create, save (optimistic locking on `version`, a
 * revision per save), delete. Publishing lives in db/queries/issues/publishing.ts.
 */
import "server-only";
import { and, desc, eq, ilike, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { issues, revisions, users } from "@/db/schema";
import type { IssueDraft } from "@/model/issue-draft";
import { issueColumns, readDraft, readTagInfo, writeDraftChildren, type IssueTagInfo, type Tx } from "./draft-rows";
import { isOwnDraft, type IssueStatus } from "@/model/issue";

export type { IssueStatus };

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export type EditorIssueFilter = { status?: IssueStatus; q?: string; createdBy?: number };

function editorListConditions(options: EditorIssueFilter): SQL | undefined {
  const conditions: Array<SQL | undefined> = [];
  if (options.status) conditions.push(eq(issues.status, options.status));
  if (options.createdBy !== undefined) conditions.push(eq(issues.createdBy, options.createdBy));
  if (options.q?.trim()) {
    const pattern = likePattern(options.q.trim().slice(0, 200));
    conditions.push(or(ilike(issues.title, pattern), ilike(issues.slug, pattern), ilike(issues.summary, pattern)));
  }
  return and(...conditions);
}

/**
 * One page of the editor's list, newest change first; contributors pass `createdBy` (their own
 * only). `limit` is capped at 100 whatever the caller asks.
 */
export async function listIssuesForEditor(options: EditorIssueFilter & { limit?: number; offset?: number } = {}) {
  const db = await getDb();
  return db
    .select({
      id: issues.id,
      title: issues.title,
      slug: issues.slug,
      status: issues.status,
      publishedAt: issues.publishedAt,
      scheduledFor: issues.scheduledFor,
      updatedAt: issues.updatedAt,
      updatedByName: users.name,
      sectionCount: sql<number>`(select count(*)::int from sections s where s.issue_id = "issues"."id")`,
    })
    .from(issues)
    .leftJoin(users, eq(users.id, issues.updatedBy))
    .where(editorListConditions(options))
    .orderBy(desc(issues.updatedAt), desc(issues.id))
    .limit(Math.min(options.limit ?? 50, 100))
    .offset(options.offset ?? 0);
}

/** How many issues the editor's list has with these filters. */
export async function countIssuesForEditor(options: EditorIssueFilter = {}): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(issues)
    .where(editorListConditions(options));
  return row?.n ?? 0;
}

/** How many issues there are in each status. */
export async function countIssuesByStatusForEditor(createdBy?: number): Promise<Record<IssueStatus, number>> {
  const db = await getDb();
  const rows = await db
    .select({ status: issues.status, n: sql<number>`count(*)::int` })
    .from(issues)
    .where(createdBy === undefined ? undefined : eq(issues.createdBy, createdBy))
    .groupBy(issues.status);
  const counts: Record<IssueStatus, number> = { draft: 0, scheduled: 0, published: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

export type IssueMeta = {
  id: number;
  status: IssueStatus;
  version: number;
  publishedAt: Date | null;
  scheduledFor: Date | null;
  updatedAt: Date;
  updatedByName: string | null;
  createdBy: number | null;
};

async function readMeta(tx: Tx, id: number): Promise<IssueMeta | null> {
  const [row] = await tx
    .select({
      id: issues.id,
      status: issues.status,
      version: issues.version,
      publishedAt: issues.publishedAt,
      scheduledFor: issues.scheduledFor,
      updatedAt: issues.updatedAt,
      updatedByName: users.name,
      createdBy: issues.createdBy,
    })
    .from(issues)
    .leftJoin(users, eq(users.id, issues.updatedBy))
    .where(eq(issues.id, id))
    .limit(1);
  return row ?? null;
}

/** The issue's state and draft for the editor, or null. */
export async function getIssueForEditor(id: number): Promise<(IssueMeta & { draft: IssueDraft }) | null> {
  const db = await getDb();
  const meta = await readMeta(db, id);
  if (!meta) return null;
  const draft = await readDraft(db, id);
  return draft ? { ...meta, draft } : null;
}

/** Only the ownership facts, for object-level checks (a contributor edits only their own drafts). */
export async function getIssueOwnershipForEditor(id: number) {
  const db = await getDb();
  const [row] = await db.select({ createdBy: issues.createdBy, status: issues.status }).from(issues).where(eq(issues.id, id)).limit(1);
  return row ?? null;
}

export async function isIssueSlugTakenForEditor(slug: string, exceptId?: number): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: issues.id })
    .from(issues)
    .where(and(eq(issues.slug, slug), exceptId ? ne(issues.id, exceptId) : undefined))
    .limit(1);
  return !!row;
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

export type CreateResult = { ok: true; id: number } | { ok: false; slugTaken: true };

/** Creates a draft with revision 1. */
export async function createIssueForEditor(draft: IssueDraft, userId: number): Promise<CreateResult> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(issues)
        .values({ ...issueColumns(draft), status: "draft", createdBy: userId, updatedBy: userId })
        .returning({ id: issues.id });
      await writeDraftChildren(tx, row.id, draft);
      await tx
        .insert(revisions)
        .values({ issueId: row.id, version: 1, snapshot: { draft, status: "draft" }, editorId: userId, action: "create" });
      return { ok: true as const, id: row.id };
    });
  } catch (err) {
    if (isUniqueViolation(err)) return { ok: false, slugTaken: true };
    throw err;
  }
}

export type Conflict = { version: number; by: string | null; at: Date };

export type SaveResult =
  | { ok: true; version: number; updatedAt: Date; before: IssueTagInfo; after: IssueTagInfo }
  | { ok: false; reason: "not-found" | "not-allowed" | "slug-taken" }
  | { ok: false; reason: "conflict"; conflict: Conflict };

/**
 * Saves a whole draft if the issue is still at `version`; otherwise nothing is written and the
 * conflict says who saved last and when. Every save writes a revision (`action`: save, restore).
 * `ownDraftsOf` limits the save to drafts created by that user (contributors).
 */
export async function saveIssueForEditor(input: {
  id: number;
  version: number;
  draft: IssueDraft;
  userId: number;
  action?: "save" | "restore";
  ownDraftsOf?: number;
}): Promise<SaveResult> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [locked] = await tx
        .select({ version: issues.version, status: issues.status, createdBy: issues.createdBy })
        .from(issues)
        .where(eq(issues.id, input.id))
        .for("update");
      if (!locked) return { ok: false as const, reason: "not-found" as const };
      if (input.ownDraftsOf !== undefined && !isOwnDraft(input.ownDraftsOf, locked)) {
        return { ok: false as const, reason: "not-allowed" as const };
      }
      if (locked.version !== input.version) {
        const meta = (await readMeta(tx, input.id))!;
        return {
          ok: false as const,
          reason: "conflict" as const,
          conflict: { version: meta.version, by: meta.updatedByName, at: meta.updatedAt },
        };
      }
      const before = (await readTagInfo(tx, input.id))!;
      const version = input.version + 1;
      const [row] = await tx
        .update(issues)
        .set({ ...issueColumns(input.draft), version, updatedBy: input.userId, updatedAt: sql`now()` })
        .where(and(eq(issues.id, input.id), eq(issues.version, input.version)))
        .returning({ updatedAt: issues.updatedAt, status: issues.status });
      await writeDraftChildren(tx, input.id, input.draft);
      await tx.insert(revisions).values({
        issueId: input.id,
        version,
        snapshot: { draft: input.draft, status: row.status },
        editorId: input.userId,
        action: input.action ?? "save",
      });
      const after = (await readTagInfo(tx, input.id))!;
      return { ok: true as const, version, updatedAt: row.updatedAt, before, after };
    });
  } catch (err) {
    if (isUniqueViolation(err)) return { ok: false, reason: "slug-taken" };
    throw err;
  }
}

/** Deletes a draft (never a published or scheduled issue). True when one was deleted. */
export async function deleteDraftForEditor(id: number, ownDraftsOf?: number): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .delete(issues)
    .where(and(eq(issues.id, id), eq(issues.status, "draft"), ownDraftsOf === undefined ? undefined : eq(issues.createdBy, ownDraftsOf)))
    .returning({ id: issues.id });
  return rows.length > 0;
}

/** True when `id` is a draft created by `userId`: the only issues a contributor may edit. */
export async function isOwnDraftForEditor(id: number, userId: number): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: issues.id })
    .from(issues)
    .where(and(eq(issues.id, id), eq(issues.status, "draft"), eq(issues.createdBy, userId)))
    .limit(1);
  return !!row;
}
