"use server";
// Every export is written with editorAction/editorFormAction (lib/editor-action.ts): requireRole runs first.
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
} from "@/db/queries/issues/editor";
import { getRevisionDraftForEditor, listRevisionsForEditor } from "@/db/queries/issues/revisions";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { refusals } from "@/lib/auth";
import { editorAction, editorFormAction } from "@/lib/editor-action";
import { invalidateFromAction, tagsForIssueChange } from "@/lib/revalidate";
import { draftSizeProblem } from "@/lib/limits";
import { hasRole, ownScope } from "@/model/role";
import { mayEditIssue } from "@/model/issue";
import { idSchema, slugify, slugSchema } from "@/model/common";
import type { EditorUser } from "@/model/user";
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
export const createIssue = editorFormAction(
  "contributor",
  createSchema,
  async ({ title, slug: typed }, { user }): Promise<ActionResult> => {
    const slug = slugSchema.safeParse(typed || slugify(title));
    if (!slug.success) return invalidInput({ slug: slug.error.issues[0].message });
    const draft = issueDraftSchema.parse({ title, slug: slug.data, authorId: user.authorId });
    const created = await createIssueForEditor(draft, user.id);
    if (!created.ok) return invalidInput({ slug: SLUG_TAKEN });
    redirect(`/editor/issues/${created.id}`);
  },
  { read: (form) => ({ title: form.get("title"), slug: form.get("slug") || undefined }) },
);

export type SaveIssueResult = ActionResult<{ version: number; savedAt: string }> & {
  conflict?: { version: number; by: string | null; at: string };
};

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
export const saveIssue = editorAction("contributor", saveSchema, async ({ id, version, draft }, { user }): Promise<SaveIssueResult> => {
  const tooLong = draftSizeProblem(draft);
  if (tooLong) return failure(tooLong, undefined, "too-large");
  const own = ownScope(user);
  // A contributor signs with their own byline only (or none), never another author's.
  if (own !== undefined && draft.authorId !== null && draft.authorId !== user.authorId) {
    return invalidInput({ "draft.authorId": "You can sign an issue only with your own byline." });
  }
  // Whether a slug is taken is asked only for a draft this user may edit: no probing through others' issues.
  if (own !== undefined && !(await isOwnDraftForEditor(id, own))) return refusals.forbidden;
  if (await isIssueSlugTakenForEditor(draft.slug, id)) return invalidInput({ "draft.slug": SLUG_TAKEN });
  return saveOutcome(await saveIssueForEditor({ id, version, draft, userId: user.id, ownDraftsOf: own }));
});

const restoreSchema = z.object({ issueId: idSchema, revisionId: idSchema, version: z.number().int().positive() });

/** Restores an earlier revision as a new save (history is never rewritten). */
export const restoreRevision = editorAction(
  "contributor",
  restoreSchema,
  async ({ issueId, revisionId, version }, { user }): Promise<SaveIssueResult & { draft?: IssueDraft }> => {
    const refusal = await ownershipRefusal(user, issueId);
    if (refusal) return refusal;
    const revision = await getRevisionDraftForEditor(issueId, revisionId);
    if (!revision) return failure("That revision cannot be restored.", undefined, "not-found");
    if (await isIssueSlugTakenForEditor(revision.draft.slug, issueId)) return invalidInput({ "draft.slug": SLUG_TAKEN });
    const result = saveOutcome(
      await saveIssueForEditor({
        id: issueId,
        version,
        draft: revision.draft,
        userId: user.id,
        action: "restore",
        ownDraftsOf: ownScope(user),
      }),
    );
    return result.ok ? { ...result, draft: revision.draft } : result;
  },
);

type RevisionList = ActionResult<{ revisions: Array<{ id: number; version: number; action: string; at: string; by: string | null }> }>;

/** The revision list of one issue (time, editor, what happened). */
export const listRevisions = editorAction(
  "contributor",
  idSchema,
  async (id, { user }): Promise<RevisionList> => {
    const refusal = await ownershipRefusal(user, id);
    if (refusal) return refusal;
    const rows = await listRevisionsForEditor(id);
    return {
      ok: true,
      revisions: rows.map((r) => ({ id: r.id, version: r.version, action: r.action, at: r.createdAt.toISOString(), by: r.editorName })),
    };
  },
  { invalid: "Unknown issue." },
);

/** Deletes a draft (published and scheduled issues must be unpublished first). */
export const deleteIssue = editorAction(
  "contributor",
  idSchema,
  async (id, { user }): Promise<ActionResult> => {
    if (!(await deleteDraftForEditor(id, ownScope(user)))) {
      return failure("Only drafts can be deleted (and contributors delete only their own).", undefined, "forbidden");
    }
    return { ok: true };
  },
  { invalid: "Unknown issue." },
);
