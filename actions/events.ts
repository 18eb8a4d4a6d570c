"use server";
// Every export is written with editorAction/editorFormAction (lib/editor-action.ts): requireRole runs first.
/** Events (study tours): create, edit, delete. Editors and owners. */
import { deleteEventForEditor, saveEventForEditor } from "@/db/queries/events";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { tags } from "@/lib/cache-tags";
import { editorAction, editorFormAction } from "@/lib/editor-action";
import { invalidateFromAction } from "@/lib/revalidate";
import { idSchema } from "@/model/common";
import { eventFormSchema } from "@/model/event";

/** Creates (no id) or updates an event from its form. */
export const saveEvent = editorFormAction(
  "editor",
  eventFormSchema,
  async ({ id, ...input }): Promise<ActionResult> => {
    const saved = await saveEventForEditor(id, input);
    if (!saved) return invalidInput({ slug: "Another event uses this slug." });
    invalidateFromAction([tags.events]);
    return { ok: true };
  },
  // An unticked checkbox sends nothing: "not new".
  { read: (form) => ({ isNew: false, ...Object.fromEntries(form) }) },
);

export const deleteEvent = editorAction(
  "editor",
  idSchema,
  async (id): Promise<ActionResult> => {
    if (!(await deleteEventForEditor(id))) return failure("Unknown event.", undefined, "not-found");
    invalidateFromAction([tags.events]);
    return { ok: true };
  },
  { invalid: "Unknown event." },
);
