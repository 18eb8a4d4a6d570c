/**
 * Publishing: each change of status is one transaction that also writes a revision. The caller
 * then invalidates the cache tags named by the returned tag info (lib/revalidate.ts).
 */
import "server-only";
import { and, asc, eq, lte, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { issues, revisions } from "@/db/schema";
import { publishProblems } from "@/model/issue-draft";
import { readDraft, readTagInfo, type IssueTagInfo, type Tx } from "./draft-rows";
import type { Conflict } from "./editor";
import type { IssueStatus } from "@/model/issue";

type Transition = "publish" | "schedule" | "unpublish";

export type TransitionResult =
  | {
      ok: true;
      version: number;
      status: IssueStatus;
      publishedAt: Date | null;
      scheduledFor: Date | null;
      before: IssueTagInfo;
      after: IssueTagInfo;
    }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "conflict"; conflict: Conflict }
  | { ok: false; reason: "incomplete"; problems: string[] }
  | { ok: false; reason: "not-scheduled" };

async function writeRevision(tx: Tx, issueId: number, version: number, editorId: number | null, action: string) {
  const draft = await readDraft(tx, issueId);
  const [state] = await tx
    .select({ status: issues.status, publishedAt: issues.publishedAt, scheduledFor: issues.scheduledFor })
    .from(issues)
    .where(eq(issues.id, issueId));
  await tx.insert(revisions).values({ issueId, version, snapshot: { draft, ...state }, editorId, action });
}

/**
 * Publishes now, schedules for `at`, or takes back to draft — only from `version`. Publishing and
 * scheduling refuse an incomplete issue with the list of what is missing.
 */
export async function transitionIssueForEditor(input: {
  id: number;
  version: number;
  userId: number;
  to: Transition;
  at?: Date;
}): Promise<TransitionResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ version: issues.version, publishedAt: issues.publishedAt })
      .from(issues)
      .where(eq(issues.id, input.id))
      .for("update");
    if (!locked) return { ok: false as const, reason: "not-found" as const };
    if (locked.version !== input.version) {
      const [meta] = await tx
        .select({ version: issues.version, at: issues.updatedAt, by: issues.updatedBy })
        .from(issues)
        .where(eq(issues.id, input.id));
      const by = meta.by
        ? ((await tx.execute<{ name: string }>(sql`select name from users where id = ${meta.by}`)).rows[0]?.name ?? null)
        : null;
      return { ok: false as const, reason: "conflict" as const, conflict: { version: meta.version, by, at: meta.at } };
    }
    if (input.to !== "unpublish") {
      const problems = publishProblems((await readDraft(tx, input.id))!);
      if (problems.length > 0) return { ok: false as const, reason: "incomplete" as const, problems };
    }
    const before = (await readTagInfo(tx, input.id))!;
    const version = input.version + 1;
    const set =
      input.to === "publish"
        ? { status: "published" as const, publishedAt: sql`now()`, scheduledFor: null }
        : input.to === "schedule"
          ? { status: "scheduled" as const, publishedAt: null, scheduledFor: input.at! }
          : { status: "draft" as const, publishedAt: null, scheduledFor: null };
    const [row] = await tx
      .update(issues)
      .set({ ...set, version, updatedBy: input.userId, updatedAt: sql`now()` })
      .where(eq(issues.id, input.id))
      .returning({ status: issues.status, publishedAt: issues.publishedAt, scheduledFor: issues.scheduledFor });
    await writeRevision(tx, input.id, version, input.userId, input.to);
    const after = (await readTagInfo(tx, input.id))!;
    return { ok: true as const, version, ...row, before, after };
  });
}

/**
 * Publishes every scheduled issue whose time has come, oldest first. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so several instances (or a cron run beside the server) never publish
 * one issue twice; one that missed its time while the server was down is published on the next
 * run. The issue keeps its scheduled time as its publication time.
 */
export async function publishDueIssues(now: Date = new Date(), limit = 20): Promise<IssueTagInfo[]> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: issues.id, version: issues.version, scheduledFor: issues.scheduledFor, updatedBy: issues.updatedBy })
      .from(issues)
      .where(and(eq(issues.status, "scheduled"), lte(issues.scheduledFor, now)))
      .orderBy(asc(issues.scheduledFor))
      .limit(limit)
      .for("update", { skipLocked: true });
    const published: IssueTagInfo[] = [];
    for (const row of due) {
      const version = row.version + 1;
      await tx
        .update(issues)
        .set({ status: "published", publishedAt: row.scheduledFor, scheduledFor: null, version, updatedAt: sql`now()` })
        .where(eq(issues.id, row.id));
      await writeRevision(tx, row.id, version, null, "scheduled-publish");
      published.push((await readTagInfo(tx, row.id))!);
    }
    return published;
  });
}

/** When the next scheduled issue is due, or null. */
export async function nextScheduledAt(): Promise<Date | null> {
  const db = await getDb();
  const [row] = await db
    .select({ at: sql<Date | null>`min(${issues.scheduledFor})` })
    .from(issues)
    .where(eq(issues.status, "scheduled"));
  return row?.at ? new Date(row.at) : null;
}
