"use server";
// Every export is written with editorAction/editorFormAction (lib/editor-action.ts): requireRole runs first.
/** Categories: create, edit, delete (when unused). Editors and owners. */
import { deleteCategoryForEditor, saveCategoryForEditor } from "@/db/queries/categories";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { tags } from "@/lib/cache-tags";
import { editorAction, editorFormAction } from "@/lib/editor-action";
import { invalidateFromAction } from "@/lib/revalidate";
import { idSchema } from "@/model/common";
import { categoryFormSchema } from "@/model/category";

/** Creates (no id) or updates a category from its form. */
export const saveCategory = editorFormAction("editor", categoryFormSchema, async ({ id, ...input }): Promise<ActionResult> => {
  const saved = await saveCategoryForEditor(id, input);
  if (!saved) return invalidInput({ slug: "Another category uses this slug." });
  invalidateFromAction([tags.categories, tags.issueLists, ...saved.slugs.map((s) => tags.category(s))]);
  return { ok: true };
});

/** Deletes a category no issue uses. */
export const deleteCategory = editorAction(
  "editor",
  idSchema,
  async (id): Promise<ActionResult> => {
    const result = await deleteCategoryForEditor(id);
    if (result === "in-use") return failure("Issues use this category: move them to another one first.", undefined, "in-use");
    if (result === "not-found") return failure("Unknown category.", undefined, "not-found");
    invalidateFromAction([tags.categories, tags.category(result.slug)]);
    return { ok: true };
  },
  { invalid: "Unknown category." },
);
