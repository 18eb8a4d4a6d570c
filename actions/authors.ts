"use server";
/** Authors (the public bylines): create and edit. Editors and owners. */
import { saveAuthorForEditor } from "@/db/queries/editor-taxonomy";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { requireRole } from "@/lib/auth";
import { tags } from "@/lib/cache-tags";
import { invalidateFromAction } from "@/lib/revalidate";
import { fieldErrorsOf } from "@/model/common";
import { authorFormSchema } from "@/model/author";

/** Creates (no id) or updates an author from its form. */
export async function saveAuthor(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const guard = await requireRole("editor");
  if (!guard.ok) return guard;
  if (!(formData instanceof FormData)) return failure("Fill in the form.", undefined, "invalid");
  const parsed = authorFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(fieldErrorsOf(parsed.error));
  const { id, ...input } = parsed.data;
  const saved = await saveAuthorForEditor(id, input);
  if (!saved) return invalidInput({ slug: "Another author uses this slug." });
  invalidateFromAction([tags.authors, ...saved.slugs.map((s) => tags.author(s))]);
  return { ok: true };
}
