"use server";
/**
 * Issue drafts: create, save (autosave and explicit), restore a revision, delete. Contributors
 * may only touch their own drafts; every save carries the version it started from.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  createIssueForEditor,
  deleteDraftForEditor,
  getIssueOwnershipForEditor,
  isIssueSlugTakenForEditor,
  isOwnDraftForEditor,
  saveIssueForEditor,
  type Conflict,
  type SaveResult,
} from "@/db/queries/editor-issues";
import { getRevisionDraftForEditor, listRevisionsForEditor } from "@/db/queries/revisions";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { requireRole, refusals, type EditorUser } from "@/lib/auth";
import { invalidateFromAction, tagsForIssueChange } from "@/lib/revalidate";
import { draftSizeProblem } from "@/lib/limits";
import { hasRole, ownScope } from "@/model/role";
import { mayEditIssue } from "@/model/issue";
import { fieldErrorsOf, idSchema, slugify, slugSchema } from "@/model/common";
import { issueDraftSchema, type IssueDraft } from "@/model/issue-draft";

const SLUG_TAKEN = "Another issue already uses this slug.";

/** Contributors act only on drafts they created. Null when allowed. */
async function ownershipRefusal(user: EditorUser, issueId: number) {
  if (hasRole(user.role, "editor")) return null;
  const issue = await getIssueOwnershipForEditor(issueId);
  if (!issue) return null; // the query reports not-found itself
  return mayEditIssue(user, issue) ? null : refusals.forbidden;
}

const createSchema = z.object({
  title: z.string().trim().min(1, "Give the issue a title.").max(200, "At most 200 characters."),
  slug: z.string().trim().max(120).optional(),
});

/** Creates a draft from a title (and optional slug), then opens it in the editor. */
export async function createIssue(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const guard = await requireRole("contributor");
  if (!guard.ok) return guard;
  if (!(formData instanceof FormData)) return failure("Fill in the form.", undefined, "invalid");
  const parsed = createSchema.safeParse({ title: formData.get("title"), slug: formData.get("slug") || undefined });
  if (!parsed.success) return invalidInput(fieldErrorsOf(parsed.error));
  const slug = slugSchema.safeParse(parsed.data.slug || slugify(parsed.data.title));
  if (!slug.success) return invalidInput({ slug: slug.error.issues[0].message });
  const draft = issueDraftSchema.parse({ title: parsed.data.title, slug: slug.data, authorId: guard.user.authorId });
  const created = await createIssueForEditor(draft, guard.user.id);
  if (!created.ok) return invalidInput({ slug: SLUG_TAKEN });
  redirect(`/editor/issues/${created.id}`);
}

export type SaveIssueResult = ActionResult<{ version: number; savedAt: string }> & { conflict?: { version: number; by: string | null; at: string } };

function conflictFailure(c: Conflict): SaveIssueResult {
  const who = c.by ?? "Someone";
  return {
    ...failure(`${who} saved a newer version at ${c.at.toISOString()}. Nothing was overwritten.`, undefined, "conflict"),
    conflict: { version: c.version, by: c.by, at: c.at.toISOString() },
  };
}

function saveOutcome(result: SaveResult): SaveIssueResult {
  if (result.ok) {
    invalidateFromAction(tagsForIssueChange(result.before, result.after));
    return { ok: true, version: result.version, savedAt: result.updatedAt.toISOString() };
  }
  switch (result.reason) {
    case "conflict":
      return conflictFailure(result.conflict);
    case "slug-taken":
      return invalidInput({ slug: SLUG_TAKEN });
    case "not-allowed":
      return refusals.forbidden;
    default:
      return failure("This issue no longer exists.", undefined, "not-found");
  }
}

const saveSchema = z.object({ id: idSchema, version: z.number().int().positive(), draft: issueDraftSchema });

/** Saves the whole draft if nobody saved since `version`; writes a revision. */
export async function saveIssue(input: { id: number; version: number; draft: IssueDraft }): Promise<SaveIssueResult> {
  const guard = await requireRole("contributor");
  if (!guard.ok) return guard;
  const parsed = saveSchema.safeParse(input);
  if (!parsed.success) return invalidInput(fieldErrorsOf(parsed.error));
  const { id, version, draft } = parsed.data;
  const tooLong = draftSizeProblem(draft);
  if (tooLong) return failure(tooLong, undefined, "too-large");
  const own = ownScope(guard.user);
  // A contributor signs with their own byline only (or none), never another author's.
  if (own !== undefined && draft.authorId !== null && draft.authorId !== guard.user.authorId) {
    return invalidInput({ "draft.authorId": "You can sign an issue only with your own byline." });
  }
  // Whether a slug is taken is asked only for a draft this user may edit: no probing through others' issues.
  if (own !== undefined && !(await isOwnDraftForEditor(id, own))) return refusals.forbidden;
  if (await isIssueSlugTakenForEditor(draft.slug, id)) return invalidInput({ "draft.slug": SLUG_TAKEN });
  return saveOutcome(await saveIssueForEditor({ id, version, draft, userId: guard.user.id, ownDraftsOf: own }));
}

const restoreSchema = z.object({ issueId: idSchema, revisionId: idSchema, version: z.number().int().positive() });

/** Restores an earlier revision as a new save (history is never rewritten). */
export async function restoreRevision(input: { issueId: number; revisionId: number; version: number }): Promise<SaveIssueResult & { draft?: IssueDraft }> {
  const guard = await requireRole("contributor");
  if (!guard.ok) return guard;
  const parsed = restoreSchema.safeParse(input);
  if (!parsed.success) return invalidInput(fieldErrorsOf(parsed.error));
  const { issueId, revisionId, version } = parsed.data;
  const refusal = await ownershipRefusal(guard.user, issueId);
  if (refusal) return refusal;
  const revision = await getRevisionDraftForEditor(issueId, revisionId);
  if (!revision) return failure("That revision cannot be restored.", undefined, "not-found");
  if (await isIssueSlugTakenForEditor(revision.draft.slug, issueId)) return invalidInput({ "draft.slug": SLUG_TAKEN });
  const own = ownScope(guard.user);
  const result = saveOutcome(await saveIssueForEditor({ id: issueId, version, draft: revision.draft, userId: guard.user.id, action: "restore", ownDraftsOf: own }));
  return result.ok ? { ...result, draft: revision.draft } : result;
}

/** The revision list of one issue (time, editor, what happened). */
export async function listRevisions(issueId: number): Promise<ActionResult<{ revisions: Array<{ id: number; version: number; action: string; at: string; by: string | null }> }>> {
  const guard = await requireRole("contributor");
  if (!guard.ok) return guard;
  const id = idSchema.safeParse(issueId);
  if (!id.success) return failure("Unknown issue.", undefined, "invalid");
  const refusal = await ownershipRefusal(guard.user, id.data);
  if (refusal) return refusal;
  const rows = await listRevisionsForEditor(id.data);
  return { ok: true, revisions: rows.map((r) => ({ id: r.id, version: r.version, action: r.action, at: r.createdAt.toISOString(), by: r.editorName })) };
}

/** Deletes a draft (published and scheduled issues must be unpublished first). */
export async function deleteIssue(issueId: number): Promise<ActionResult> {
  const guard = await requireRole("contributor");
  if (!guard.ok) return guard;
  const id = idSchema.safeParse(issueId);
  if (!id.success) return failure("Unknown issue.", undefined, "invalid");
  const own = ownScope(guard.user);
  if (!(await deleteDraftForEditor(id.data, own))) {
    return failure("Only drafts can be deleted (and contributors delete only their own).", undefined, "forbidden");
  }
  return { ok: true };
}
