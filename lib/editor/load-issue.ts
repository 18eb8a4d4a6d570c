/**
 * Loads an issue for the editor or its preview, with the object-level check: contributors see
 * only drafts they created. Null means "not for you" or "not there" (both answer 404).
 */
import "server-only";
import { getIssueForEditor } from "@/db/queries/issues/editor";
import { listEditorOptions } from "@/db/queries/issues/editor-options";
import { getNextUpcomingEvent } from "@/db/queries/events";
import type { EditorUser } from "@/model/user";
import { todayUtc } from "@/lib/format";
import { mayEditIssue } from "@/model/issue";
import { idSchema } from "@/model/common";

export async function loadIssueForEditor(rawId: string, user: EditorUser) {
  const id = idSchema.safeParse(rawId);
  if (!id.success) return null;
  const issue = await getIssueForEditor(id.data);
  if (!issue) return null;
  if (!mayEditIssue(user, issue)) return null;
  const [options, nextEvent] = await Promise.all([listEditorOptions(), getNextUpcomingEvent(todayUtc())]);
  return { issue, options, nextEvent };
}
