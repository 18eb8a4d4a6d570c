"use server";
/** Users (logins): owners only. The last active owner cannot be demoted or disabled. */
import { refresh } from "next/cache";
import { createUserForEditor, EmailTakenError, LastOwnerError, updateUserForEditor } from "@/db/queries/users";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { requireRole } from "@/lib/auth";
import { hashPassword } from "@/lib/auth/password";
import { fieldErrorsOf } from "@/lib/validation/common";
import { newUserSchema, userChangeSchema } from "@/lib/validation/user";

/** Creates a login with a role and an initial password (the owner passes it on). */
export async function createUser(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const guard = await requireRole("owner");
  if (!guard.ok) return guard;
  if (!(formData instanceof FormData)) return failure("Fill in the form.", undefined, "invalid");
  const parsed = newUserSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(fieldErrorsOf(parsed.error));
  const { password, ...rest } = parsed.data;
  try {
    await createUserForEditor({ ...rest, passwordHash: await hashPassword(password) });
  } catch (err) {
    if (err instanceof EmailTakenError) return invalidInput({ email: err.message });
    throw err;
  }
  refresh();
  return { ok: true };
}

/** Changes a user's role, linked byline, or disables/enables the login. */
export async function updateUser(input: { id: number; role?: string; disabled?: boolean; authorId?: number | null }): Promise<ActionResult> {
  const guard = await requireRole("owner");
  if (!guard.ok) return guard;
  const parsed = userChangeSchema.safeParse(input);
  if (!parsed.success) return invalidInput(fieldErrorsOf(parsed.error));
  const { id, ...change } = parsed.data;
  try {
    const updated = await updateUserForEditor(id, change);
    if (!updated) return failure("Unknown user.", undefined, "not-found");
  } catch (err) {
    if (err instanceof LastOwnerError) return failure(err.message, undefined, "last-owner");
    throw err;
  }
  refresh();
  return { ok: true };
}
