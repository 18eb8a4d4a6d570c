"use server";
// Every export is written with editorAction/editorFormAction (lib/editor-action.ts): requireRole runs first.
/**
 * Publish now, schedule, unpublish: editors and owners only. One transaction each (status,
 * publishedAt/scheduledFor, a revision), then exactly the touched cache tags are invalidated.
 */
import { z } from "zod";
import { transitionIssueForEditor, type TransitionResult } from "@/db/queries/issues/publishing";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { audit, type AuditActor } from "@/lib/audit";
import { editorAction } from "@/lib/editor-action";
import { invalidateFromAction, tagsForIssueChange } from "@/lib/revalidate";
import { idSchema } from "@/model/common";
import type { IssueStatus } from "@/model/issue";

export type TransitionActionResult = ActionResult<{
  version: number;
  status: IssueStatus;
  publishedAt: string | null;
  scheduledFor: string | null;
}> & { problems?: string[]; conflict?: { by: string | null; at: string; version: number } };

async function outcome(
  result: TransitionResult,
  record: { kind: "publish" | "schedule" | "unpublish"; actor: AuditActor; id: number },
): Promise<TransitionActionResult> {
  if (result.ok) {
    invalidateFromAction(tagsForIssueChange(result.before, result.after));
    await audit(record.kind, {
      actor: record.actor,
      target: `issue ${record.id}`,
      details: { version: result.version, ...(result.scheduledFor ? { scheduledFor: result.scheduledFor.toISOString() } : {}) },
    });
    return {
      ok: true,
      version: result.version,
      status: result.status,
      publishedAt: result.publishedAt?.toISOString() ?? null,
      scheduledFor: result.scheduledFor?.toISOString() ?? null,
    };
  }
  switch (result.reason) {
    case "incomplete":
      return { ...failure("Not ready to publish yet.", undefined, "incomplete"), problems: result.problems };
    case "conflict":
      return {
        ...failure(`${result.conflict.by ?? "Someone"} saved a newer version. Reload before publishing.`, undefined, "conflict"),
        conflict: { by: result.conflict.by, at: result.conflict.at.toISOString(), version: result.conflict.version },
      };
    default:
      return failure("This issue no longer exists.", undefined, "not-found");
  }
}

const baseSchema = z.object({ id: idSchema, version: z.number().int().positive() });

/** Publishes the issue now. */
export const publishIssue = editorAction("editor", baseSchema, async (input, { user }) =>
  outcome(await transitionIssueForEditor({ ...input, userId: user.id, to: "publish" }), { kind: "publish", actor: user, id: input.id }),
);

const scheduleSchema = baseSchema.extend({
  at: z.iso.datetime({ offset: true, message: "Pick a date and time." }).transform((v) => new Date(v)),
});

/** Schedules the issue for a moment in the future (sent as an ISO time; stored in UTC). */
export const scheduleIssue = editorAction("editor", scheduleSchema, async (input, { user }) => {
  if (input.at.getTime() <= Date.now()) return invalidInput({ at: "Pick a time in the future." });
  return outcome(await transitionIssueForEditor({ ...input, userId: user.id, to: "schedule" }), {
    kind: "schedule",
    actor: user,
    id: input.id,
  });
});

/** Takes a published or scheduled issue back to draft. */
export const unpublishIssue = editorAction("editor", baseSchema, async (input, { user }) =>
  outcome(await transitionIssueForEditor({ ...input, userId: user.id, to: "unpublish" }), { kind: "unpublish", actor: user, id: input.id }),
);
