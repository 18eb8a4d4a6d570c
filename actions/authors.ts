"use server";
// Every export is written with editorAction/editorFormAction (lib/editor-action.ts): requireRole runs first.
/** Authors (the public bylines): create and edit. Editors and owners. */
import { saveAuthorForEditor } from "@/db/queries/authors";
import { invalidInput, type ActionResult } from "@/lib/action-result";
import { tags } from "@/lib/cache-tags";
import { editorFormAction } from "@/lib/editor-action";
import { invalidateFromAction } from "@/lib/revalidate";
import { authorFormSchema } from "@/model/author";

/** Creates (no id) or updates an author from its form. */
export const saveAuthor = editorFormAction("editor", authorFormSchema, async ({ id, ...input }): Promise<ActionResult> => {
  const saved = await saveAuthorForEditor(id, input);
  if (!saved) return invalidInput({ slug: "Another author uses this slug." });
  invalidateFromAction([tags.authors, ...saved.slugs.map((s) => tags.author(s))]);
  return { ok: true };
});
