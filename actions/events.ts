"use server";
/** Events (study tours): create, edit, delete. Editors and owners. */
import { deleteEventForEditor, saveEventForEditor } from "@/db/queries/editor-taxonomy";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { requireRole } from "@/lib/auth";
import { tags } from "@/lib/cache-tags";
import { invalidateFromAction } from "@/lib/revalidate";
import { fieldErrorsOf, idSchema } from "@/model/common";
import { eventFormSchema } from "@/model/event";

/** Creates (no id) or updates an event from its form. */
export async function saveEvent(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const guard = await requireRole("editor");
  if (!guard.ok) return guard;
  if (!(formData instanceof FormData)) return failure("Fill in the form.", undefined, "invalid");
  const parsed = eventFormSchema.safeParse({ isNew: false, ...Object.fromEntries(formData) });
  if (!parsed.success) return invalidInput(fieldErrorsOf(parsed.error));
  const { id, ...input } = parsed.data;
  const saved = await saveEventForEditor(id, input);
  if (!saved) return invalidInput({ slug: "Another event uses this slug." });
  invalidateFromAction([tags.events]);
  return { ok: true };
}

export async function deleteEvent(id: number): Promise<ActionResult> {
  const guard = await requireRole("editor");
  if (!guard.ok) return guard;
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) return failure("Unknown event.", undefined, "invalid");
  if (!(await deleteEventForEditor(parsed.data))) return failure("Unknown event.", undefined, "not-found");
  invalidateFromAction([tags.events]);
  return { ok: true };
}
