"use server";
/** Categories: create, edit, delete (when unused). Editors and owners. */
import { deleteCategoryForEditor, saveCategoryForEditor } from "@/db/queries/editor-taxonomy";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { requireRole } from "@/lib/auth";
import { tags } from "@/lib/cache-tags";
import { invalidateFromAction } from "@/lib/revalidate";
import { fieldErrorsOf, idSchema } from "@/model/common";
import { categoryFormSchema } from "@/model/category";

/** Creates (no id) or updates a category from its form. */
export async function saveCategory(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const guard = await requireRole("editor");
  if (!guard.ok) return guard;
  if (!(formData instanceof FormData)) return failure("Fill in the form.", undefined, "invalid");
  const parsed = categoryFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(fieldErrorsOf(parsed.error));
  const { id, ...input } = parsed.data;
  const saved = await saveCategoryForEditor(id, input);
  if (!saved) return invalidInput({ slug: "Another category uses this slug." });
  invalidateFromAction([tags.categories, tags.issueLists, ...saved.slugs.map((s) => tags.category(s))]);
  return { ok: true };
}

/** Deletes a category no issue uses. */
export async function deleteCategory(id: number): Promise<ActionResult> {
  const guard = await requireRole("editor");
  if (!guard.ok) return guard;
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) return failure("Unknown category.", undefined, "invalid");
  const result = await deleteCategoryForEditor(parsed.data);
  if (result === "in-use") return failure("Issues use this category: move them to another one first.", undefined, "in-use");
  if (result === "not-found") return failure("Unknown category.", undefined, "not-found");
  invalidateFromAction([tags.categories, tags.category(result.slug)]);
  return { ok: true };
}
