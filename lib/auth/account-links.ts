/**
 * Password links for editor logins, sent by mail through the app's mailer (SMTP, or the outbox):
 * a reset (valid 1 hour) and an invitation (valid 7 days). The token is 32 random bytes; only its
 * SHA-256 is stored; it travels in the query string, which the access log never writes.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { createAccountToken, type AccountTokenPurpose } from "@/db/queries/account-tokens";
import { renderAccountLinkMail } from "@/lib/email/templates";
import { hashToken, isConfirmTokenShape } from "@/lib/email/tokens";
import { sendMail } from "@/lib/email/transport";
import { absoluteUrl } from "@/lib/env";

const HOUR = 60 * 60 * 1000;
const lifetimes: Record<AccountTokenPurpose, { ms: number; words: string }> = {
  reset: { ms: HOUR, words: "1 hour" },
  invite: { ms: 7 * 24 * HOUR, words: "7 days" },
};

export const PASSWORD_PAGE = "/editor/password";

/** The hash to look a token up by, or null when it cannot be one of ours (refused before any query). */
export function accountTokenHash(token: unknown): string | null {
  return typeof token === "string" && isConfirmTokenShape(token) ? hashToken(token) : null;
}

/** Makes a link for `user` and mails it. Returns the link (the CLI prints it; actions never show it). */
export async function mailAccountLink(
  user: { id: number; email: string; name: string },
  purpose: AccountTokenPurpose,
  invitedBy?: string,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const { ms, words } = lifetimes[purpose];
  await createAccountToken({ userId: user.id, purpose, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + ms) });
  const url = absoluteUrl(`${PASSWORD_PAGE}?token=${token}`);
  const mail =
    purpose === "reset"
      ? await renderAccountLinkMail({
          heading: "Reset your Dispatch password",
          intro: "Someone, hopefully you, asked to reset the password of your Dispatch editor login. Press the button to choose a new one.",
          button: "Choose a new password",
          url,
          validFor: words,
        })
      : await renderAccountLinkMail({
          heading: "You are invited to the Dispatch editor",
          intro: `${invitedBy ?? "An owner"} invited you, ${user.name}, to write for Dispatch. Press the button to choose your password; then sign in with this email address.`,
          button: "Choose your password",
          url,
          validFor: words,
        });
  await sendMail({ to: user.email, ...mail, kind: "account" });
  return url;
}
