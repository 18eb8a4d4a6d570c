"use server";
// Every export is written with editorAction/editorFormAction (lib/editor-action.ts): requireRole runs first.
/**
 * The signed-in user's own account: change the password (the current one is required) and sign
 * out everywhere. Both end every other session of the user (the session version is raised).
 */
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/auth";
import { clearRateLimit, hitRateLimit, rateLimitState } from "@/db/queries/rate-limits";
import { bumpSessionVersion } from "@/db/queries/sessions";
import { getPasswordHashForEditor, setPasswordForEditor } from "@/db/queries/users";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { audit, userLabel } from "@/lib/audit";
import { editorAction, editorFormAction, noInput } from "@/lib/editor-action";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordSchema } from "@/model/user";

const changeSchema = z.object({
  current: z.string().min(1, "Enter your current password.").max(1024, "At most 1024 characters."),
  password: passwordSchema,
});

/** A stolen session must not be a way to guess the password: 5 wrong current passwords in 15 minutes stop the form. */
const CHANGE_POLICY = { limit: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };

/** Changes the password; this browser stays signed in (with a new session), every other session ends. */
export const changePassword = editorFormAction(
  "contributor",
  changeSchema,
  async ({ current, password }, { user }): Promise<ActionResult> => {
    const key = `password-change:user:${user.id}`;
    if ((await rateLimitState([key], CHANGE_POLICY.windowSeconds)).blockedUntil)
      return failure("Too many wrong passwords. Try again in 15 minutes.", undefined, "locked");
    const stored = await getPasswordHashForEditor(user.id);
    if (!stored || !(await verifyPassword(stored, current))) {
      await hitRateLimit(key, CHANGE_POLICY);
      return invalidInput({ current: "That is not your current password." });
    }
    if (current === password) return invalidInput({ password: "Choose a password different from the current one." });
    await setPasswordForEditor(user.id, await hashPassword(password));
    await clearRateLimit(key);
    await audit("password-change", { actor: user, target: userLabel(user) });
    // The version bump ended this session too: sign in again with the new password, in place.
    try {
      await signIn("credentials", { email: user.email, password, redirectTo: "/editor/account?changed=1" });
    } catch (err) {
      if (err instanceof AuthError) redirect("/editor/login");
      throw err; // the redirect after a successful sign-in
    }
    return { ok: true };
  },
  { read: (form) => ({ current: form.get("current"), password: form.get("password") }) },
);

/** Ends every session of the signed-in user, this one included. */
export const signOutEverywhere = editorAction("contributor", noInput, async (_none, { user }): Promise<undefined> => {
  await bumpSessionVersion(user.id);
  await audit("sign-out-everywhere", { actor: user, target: userLabel(user) });
  await signOut({ redirectTo: "/editor/login" });
});
