"use server";
// Every export is written with editorAction/editorFormAction (lib/editor-action.ts): requireRole runs first.
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
import { editorAction, editorFormAction } from "@/lib/editor-action";
import { mailAccountLink } from "@/lib/auth/account-links";
import { hashPassword } from "@/lib/auth/password";
import { errorMessage, log } from "@/lib/log";
import { idSchema } from "@/model/common";
import { inviteSchema, userChangeSchema } from "@/model/user";

/** Sends the invitation; a mail failure is said plainly (the login exists; "Invite again" retries). */
async function invite(
  user: { id: number; email: string; name: string },
  owner: { id: number; email: string; name: string },
): Promise<ActionResult> {
  try {
    await mailAccountLink(user, "invite", owner.name);
  } catch (err) {
    log.error({ err: errorMessage(err) }, "invitation mail not sent");
    return failure(
      `The login exists, but the invitation could not be mailed (${errorMessage(err)}). Use "Invite again" once mail works.`,
      undefined,
      "mail",
    );
  }
  await audit("invitation", { actor: owner, target: userLabel(user) });
  return { ok: true };
}

/** Creates a login with a role and mails its owner a link to choose the password. */
export const inviteUser = editorFormAction("owner", inviteSchema, async (input, { user: owner }): Promise<ActionResult> => {
  let user;
  try {
    // Nobody knows this password: the invited person replaces it through the link.
    user = await createUserForEditor({ ...input, passwordHash: await hashPassword(randomBytes(32).toString("base64url")) });
  } catch (err) {
    if (err instanceof EmailTakenError) return invalidInput({ email: err.message });
    throw err;
  }
  await audit("user-create", { actor: owner, target: userLabel(user), details: { role: user.role, via: "invitation" } });
  const result = await invite(user, owner);
  refresh();
  return result;
});

/** Mails a new invitation link (the earlier one stops working). */
export const inviteAgain = editorAction(
  "owner",
  idSchema,
  async (id, { user: owner }): Promise<ActionResult> => {
    const user = await getUserForEditor(id);
    if (!user) return failure("Unknown user.", undefined, "not-found");
    return invite(user, owner);
  },
  { invalid: "Unknown user." },
);

/** Changes a user's role, linked byline, or disables/enables the login. */
export const updateUser = editorAction("owner", userChangeSchema, async ({ id, ...change }, { user: owner }): Promise<ActionResult> => {
  const before = await getUserForEditor(id);
  try {
    const updated = await updateUserForEditor(id, change);
    if (!updated || !before) return failure("Unknown user.", undefined, "not-found");
    const target = userLabel(updated);
    if (change.role && change.role !== before.role)
      await audit("role-change", { actor: owner, target, details: { from: before.role, to: change.role } });
    if (change.disabled !== undefined) await audit(change.disabled ? "user-disable" : "user-enable", { actor: owner, target });
  } catch (err) {
    if (err instanceof LastOwnerError) return failure(err.message, undefined, "last-owner");
    throw err;
  }
  refresh();
  return { ok: true };
});

/** Ends every session of a user at their next request (a lost laptop, a leaked cookie). */
export const revokeUserSessions = editorAction(
  "owner",
  z.number().int().positive(),
  async (id, { user: owner }): Promise<ActionResult> => {
    const user = await getUserForEditor(id);
    if (!user || (await bumpSessionVersion(user.id)) === null) return failure("Unknown user.", undefined, "not-found");
    await audit("sessions-revoke", { actor: owner, target: userLabel(user) });
    refresh();
    return { ok: true };
  },
  { invalid: "Unknown user." },
);
