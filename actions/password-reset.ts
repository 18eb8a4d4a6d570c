"use server";
/**
 * Password links, open without a session: asking for a reset link, and choosing a password with
 * a reset or invitation link.
 *
 * @public — whoever forgot their password has no session. The request answers the same whatever
 * the address (the mail is prepared after the reply, so time tells nothing either) and is limited
 * per client address and per email; the link itself is a 256-bit single-use token.
 */
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { signIn } from "@/auth";
import { peekAccountToken, spendPasswordToken } from "@/db/queries/account-tokens";
import { hitRateLimit, rateLimitState } from "@/db/queries/rate-limits";
import { getUserByEmailForEditor, normalizeEmail } from "@/db/queries/users";
import { failure, type ActionResult } from "@/lib/action-result";
import { audit, userLabel } from "@/lib/audit";
import { accountTokenHash, mailAccountLink } from "@/lib/auth/account-links";
import { hashPassword } from "@/lib/auth/password";
import { forgetSignInFailures } from "@/lib/auth/sign-in";
import { clientAddress } from "@/lib/client-address";
import { clientKey } from "@/lib/client-key";
import { emailKey } from "@/lib/email/tokens";
import { errorMessage, log, maskEmail } from "@/lib/log";
import { editorFormAction } from "@/lib/editor-action";
import { emailSchema, passwordSchema } from "@/model/user";

const RESET_SENT = "If an account exists for that address, we have sent it a link to choose a new password. The link expires in 1 hour.";
const ADDRESS_POLICY = { limit: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
const EMAIL_POLICY = { limit: 3, windowSeconds: 60 * 60, blockSeconds: 60 * 60 };
const LINK_INVALID = "This link is not valid any more: it was used, replaced by a newer one, or it expired. Ask for a new one.";

/** Looks the address up and mails a link when it names an active login; runs after the reply. */
async function mailResetLink(email: string, address: string): Promise<void> {
  try {
    const user = await getUserByEmailForEditor(email);
    const target = user ? userLabel(user) : `unknown account (${maskEmail(email)})`;
    await audit("password-reset-request", { actor: null, target, address, details: { mailed: !!user && !user.disabled } });
    if (user && !user.disabled) await mailAccountLink(user, "reset");
  } catch (err) {
    log.error({ err: errorMessage(err) }, "password reset mail not sent");
  }
}

/** Asks for a reset link. The reply never says whether the address has a login. */
export const requestPasswordReset = editorFormAction(
  "public",
  z.object({ email: emailSchema }),
  async ({ email: typed }): Promise<ActionResult<{ message: string }>> => {
    const email = normalizeEmail(typed);
    const address = clientAddress(await headers());
    const addressLimit = `reset:address:${clientKey(address)}`;
    if ((await rateLimitState([addressLimit], ADDRESS_POLICY.windowSeconds)).blockedUntil) {
      return failure("Too many reset requests from here. Try again in 15 minutes.", undefined, "locked");
    }
    const [, byEmail] = await Promise.all([
      hitRateLimit(addressLimit, ADDRESS_POLICY),
      hitRateLimit(`reset:email:${emailKey(email)}`, EMAIL_POLICY),
    ]);
    // Past the per-email limit nothing more is mailed, and the reply stays the same.
    if (byEmail.count <= EMAIL_POLICY.limit) after(mailResetLink(email, address));
    return { ok: true, message: RESET_SENT };
  },
  { notAForm: "Enter your email address.", read: (form) => ({ email: form.get("email") }) },
);

const setSchema = z.object({ token: z.string().max(100), password: passwordSchema });

/**
 * Sets the password with a reset or invitation link, then signs the person in. The token is
 * looked up before the password is hashed, so junk tokens cost no hashing.
 */
export const setPasswordWithToken = editorFormAction(
  "public",
  setSchema,
  async ({ token, password }): Promise<ActionResult> => {
    const tokenHash = accountTokenHash(token);
    if (!tokenHash || !(await peekAccountToken(tokenHash))) return failure(LINK_INVALID, undefined, "invalid-link");
    const user = await spendPasswordToken(tokenHash, await hashPassword(password));
    if (!user) return failure(LINK_INVALID, undefined, "invalid-link");
    await forgetSignInFailures(user.email);
    await audit(user.purpose === "invite" ? "invitation-accepted" : "password-reset", { actor: user, target: userLabel(user) });
    try {
      await signIn("credentials", { email: user.email, password, redirectTo: "/editor" });
    } catch (err) {
      if (err instanceof AuthError) redirect("/editor/login");
      throw err;
    }
    return { ok: true };
  },
  { read: (form) => ({ token: form.get("token"), password: form.get("password") }) },
);
