"use server";
/**
 * Users (logins): owners only. The last active owner cannot be demoted or disabled. New people
 * are invited by mail and choose their own password; the owner never types or sees one.
 */
import { randomBytes } from "node:crypto";
import { refresh } from "next/cache";
import { z } from "zod";
import { bumpSessionVersion } from "@/db/queries/sessions";
import { createUserForEditor, EmailTakenError, getUserForEditor, LastOwnerError, updateUserForEditor } from "@/db/queries/users";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { audit, userLabel } from "@/lib/audit";
import { requireRole } from "@/lib/auth";
import { mailAccountLink } from "@/lib/auth/account-links";
import { hashPassword } from "@/lib/auth/password";
import { errorMessage, log } from "@/lib/log";
import { fieldErrorsOf, idSchema } from "@/model/common";
import { inviteSchema, userChangeSchema } from "@/model/user";

/** Sends the invitation; a mail failure is said plainly (the login exists; "Invite again" retries). */
async function invite(user: { id: number; email: string; name: string }, owner: { id: number; email: string; name: string }): Promise<ActionResult> {
  try {
    await mailAccountLink(user, "invite", owner.name);
  } catch (err) {
    log.error({ err: errorMessage(err) }, "invitation mail not sent");
    return failure(`The login exists, but the invitation could not be mailed (${errorMessage(err)}). Use "Invite again" once mail works.`, undefined, "mail");
  }
  await audit("invitation", { actor: owner, target: userLabel(user) });
  return { ok: true };
}

/** Creates a login with a role and mails its owner a link to choose the password. */
export async function inviteUser(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const guard = await requireRole("owner");
  if (!guard.ok) return guard;
  if (!(formData instanceof FormData)) return failure("Fill in the form.", undefined, "invalid");
  const parsed = inviteSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(fieldErrorsOf(parsed.error));
  let user;
  try {
    // Nobody knows this password: the invited person replaces it through the link.
    user = await createUserForEditor({ ...parsed.data, passwordHash: await hashPassword(randomBytes(32).toString("base64url")) });
  } catch (err) {
    if (err instanceof EmailTakenError) return invalidInput({ email: err.message });
    throw err;
  }
  await audit("user-create", { actor: guard.user, target: userLabel(user), details: { role: user.role, via: "invitation" } });
  const result = await invite(user, guard.user);
  refresh();
  return result;
}

/** Mails a new invitation link (the earlier one stops working). */
export async function inviteAgain(id: number): Promise<ActionResult> {
  const guard = await requireRole("owner");
  if (!guard.ok) return guard;
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) return failure("Unknown user.", undefined, "not-found");
  const user = await getUserForEditor(parsed.data);
  if (!user) return failure("Unknown user.", undefined, "not-found");
  return invite(user, guard.user);
}

/** Changes a user's role, linked byline, or disables/enables the login. */
export async function updateUser(input: { id: number; role?: string; disabled?: boolean; authorId?: number | null }): Promise<ActionResult> {
  const guard = await requireRole("owner");
  if (!guard.ok) return guard;
  const parsed = userChangeSchema.safeParse(input);
  if (!parsed.success) return invalidInput(fieldErrorsOf(parsed.error));
  const { id, ...change } = parsed.data;
  const before = await getUserForEditor(id);
  try {
    const updated = await updateUserForEditor(id, change);
    if (!updated || !before) return failure("Unknown user.", undefined, "not-found");
    const target = userLabel(updated);
    if (change.role && change.role !== before.role) await audit("role-change", { actor: guard.user, target, details: { from: before.role, to: change.role } });
    if (change.disabled !== undefined) await audit(change.disabled ? "user-disable" : "user-enable", { actor: guard.user, target });
  } catch (err) {
    if (err instanceof LastOwnerError) return failure(err.message, undefined, "last-owner");
    throw err;
  }
  refresh();
  return { ok: true };
}

/** Ends every session of a user at their next request (a lost laptop, a leaked cookie). */
export async function revokeUserSessions(id: number): Promise<ActionResult> {
  const guard = await requireRole("owner");
  if (!guard.ok) return guard;
  const parsed = z.number().int().positive().safeParse(id);
  if (!parsed.success) return failure("Unknown user.", undefined, "not-found");
  const user = await getUserForEditor(parsed.data);
  if (!user || (await bumpSessionVersion(user.id)) === null) return failure("Unknown user.", undefined, "not-found");
  await audit("sessions-revoke", { actor: guard.user, target: userLabel(user) });
  refresh();
  return { ok: true };
}
