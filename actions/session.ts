"use server";
/**
 * Sign-in, sign-out and first-owner setup: the only actions open without a session. Sign-in
 * counts failures (lib/auth/sign-in.ts); setup works only while no user exists.
 *
 * @public — a session cannot be required to obtain one; each action guards itself instead
 * (lockouts, the no-user check under a lock, same-site redirects only).
 */
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/auth";
import { getUserForSession, revokeSession } from "@/db/queries/sessions";
import { countUsersForEditor, createFirstOwner } from "@/db/queries/users";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { audit, userLabel } from "@/lib/audit";
import { currentSessionClaims } from "@/lib/auth";
import { absoluteEnd } from "@/lib/auth/session-policy";
import { hashPassword } from "@/lib/auth/password";
import { setupAllowed } from "@/lib/auth/setup-code";
import { signInMessages } from "@/lib/auth/sign-in";
import { editorAction, editorFormAction, noInput } from "@/lib/editor-action";
import { setupSchema } from "@/model/user";

/** Only same-site editor paths are followed after sign-in (no open redirect). */
function safeNext(value: unknown): string {
  return typeof value === "string" && /^\/editor(\/[\w\-/?=&%.]*)?$/.test(value) && !value.startsWith("//") ? value : "/editor";
}

const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email."),
  password: z.string().min(1, "Enter your password."),
  next: z.unknown(),
});

/**
 * Signs in with email and password; on success answers where to go, and the form loads that page.
 * Not a redirect: a redirect from an action is followed inside the client router, which first
 * fetches the editor's scripts and only then draws the page (~440 ms after the answer here); a
 * plain page load shows the dashboard's HTML as it streams in.
 */
export const signInWithPassword = editorFormAction(
  "public",
  signInSchema,
  async ({ next, ...credentials }): Promise<ActionResult<{ to: string }>> => {
    const to = safeNext(next);
    try {
      await signIn("credentials", { ...credentials, redirectTo: to, redirect: false });
    } catch (err) {
      if (err instanceof AuthError) {
        const code = (err as AuthError & { code?: string }).code;
        return failure(
          code === "locked" ? signInMessages.locked : signInMessages.invalid,
          undefined,
          code === "locked" ? "locked" : "invalid",
        );
      }
      throw err;
    }
    return { ok: true, to };
  },
  {
    notAForm: signInMessages.invalid,
    read: (form) => ({ email: form.get("email"), password: form.get("password"), next: form.get("next") }),
  },
);

/**
 * Signs out and goes to the sign-in page. Clearing the cookie is not enough (a copy of it would
 * still be valid): this session's id is remembered as revoked until the session would have ended.
 */
export const signOutOfEditor = editorAction("public", noInput, async (): Promise<void> => {
  const claims = await currentSessionClaims();
  const user = claims ? await getUserForSession(claims) : null;
  if (claims && user) {
    await revokeSession(claims.sessionId, user.id, new Date(absoluteEnd(claims.signedInAt) * 1000));
    await audit("sign-out", { actor: user, target: userLabel(user) });
  }
  await signOut({ redirectTo: "/editor/login" });
});

const setupFormSchema = setupSchema.extend({ code: z.unknown() });

/** Creates the first owner while no user exists, then signs them in. */
export const setUpFirstOwner = editorFormAction(
  "public",
  setupFormSchema,
  async ({ code, ...input }): Promise<ActionResult> => {
    // Refuse before any work once an owner exists (the insert below re-checks under a lock).
    if ((await countUsersForEditor()) > 0) return failure("Setup is already done: sign in instead.", undefined, "forbidden");
    // Away from the server's own machine, the one-time code from the server's log is needed too.
    const from = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() ?? "";
    if (!setupAllowed(from, code)) {
      return invalidInput({
        code: "Enter the one-time setup code printed in the server's log (it is needed when you are not on the server itself).",
      });
    }
    const owner = await createFirstOwner({ ...input, passwordHash: await hashPassword(input.password) });
    if (!owner) return failure("Setup is already done: sign in instead.", undefined, "forbidden");
    await audit("user-create", { actor: owner, target: userLabel(owner), details: { role: "owner", via: "setup" } });
    try {
      await signIn("credentials", { email: input.email, password: input.password, redirectTo: "/editor" });
    } catch (err) {
      if (err instanceof AuthError) redirect("/editor/login");
      throw err;
    }
    return { ok: true };
  },
  { read: (form) => ({ name: form.get("name"), email: form.get("email"), password: form.get("password"), code: form.get("code") }) },
);
