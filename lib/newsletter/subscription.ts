/**
 * The visitor side of the newsletter, free of Next request APIs so tests call it directly: signup
 * (rate-limited, no enumeration), confirmation, unsubscribe and preferences.
 */
import "server-only";
import { blockedUntil, hitRateLimit } from "@/db/queries/rate-limits";
import { confirmSubscription, getSubscriberById, recordSignup, unsubscribe, updateInterests } from "@/db/queries/subscribers";
import { sendMail } from "@/lib/email/transport";
import { listHeaders, unsubscribeUrl } from "@/lib/email/newsletter-mail";
import { renderConfirmationMail, renderWelcomeMail } from "@/lib/email/templates";
import { emailKey, hashToken, isConfirmTokenShape, newConfirmToken, verifyUnsubscribeToken } from "@/lib/email/tokens";
import { absoluteUrl } from "@/lib/env";
import { CONSENT_TEXT, CONSENT_VERSION, signupSchema } from "@/model/subscriber";
import { log, errorMessage } from "@/lib/log";

export type SignupState = { status: "idle" | "ok" | "error"; message: string; email: string };

export const SIGNUP_OK = "Thank you! Your submission has been received!";
const TOO_MANY = "Too many attempts, try again in a few minutes.";
const WENT_WRONG = "Something went wrong, please try again.";

export const signupLimits = {
  ip: { limit: 10, windowSeconds: 10 * 60, blockSeconds: 10 * 60 },
  email: { limit: 5, windowSeconds: 60 * 60, blockSeconds: 60 * 60 },
};

/**
 * Handles one signup. Returns what the visitor sees and, separately, the mail to send once the
 * reply has gone out (so that a new and a known address take the same time to answer).
 */
export async function handleSignup(
  fields: { email: unknown; interests: unknown; source: unknown; website: unknown },
  clientIp: string | null,
): Promise<{ state: SignupState; mail?: () => Promise<void> }> {
  const typed = typeof fields.email === "string" ? fields.email.slice(0, 320) : "";
  const parsed = signupSchema.safeParse(fields);
  if (!parsed.success) {
    const emailIssue = parsed.error.issues.find((i) => i.path[0] === "email");
    return { state: { status: "error", message: emailIssue?.message ?? WENT_WRONG, email: typed } };
  }
  const { email, interests, source, website } = parsed.data;
  // A filled honeypot gets the normal thank-you and nothing else happens.
  if (website.trim() !== "") return { state: { status: "ok", message: SIGNUP_OK, email: "" } };
  try {
    const keys = [`signup:ip:${clientIp ?? "unknown"}`, `signup:email:${emailKey(email)}`];
    if (await blockedUntil(keys)) return { state: { status: "error", message: TOO_MANY, email: typed } };
    const [ip, perEmail] = await Promise.all([hitRateLimit(keys[0], signupLimits.ip), hitRateLimit(keys[1], signupLimits.email)]);
    if (ip.count > signupLimits.ip.limit || perEmail.count > signupLimits.email.limit) {
      return { state: { status: "error", message: TOO_MANY, email: typed } };
    }
    const token = newConfirmToken();
    const recorded = await recordSignup({
      email,
      interests: [...new Set(interests)],
      consentText: `[${CONSENT_VERSION}] ${CONSENT_TEXT}`,
      consentIp: clientIp,
      consentSource: source,
      tokenHash: token.hash,
      tokenExpiresAt: token.expiresAt,
    });
    const mail = recorded.sendConfirmation ? () => sendConfirmation(email, token.token) : undefined;
    return { state: { status: "ok", message: SIGNUP_OK, email: "" }, mail };
  } catch (err) {
    log.error({ err: errorMessage(err) }, "signup failed");
    return { state: { status: "error", message: WENT_WRONG, email: typed } };
  }
}

async function sendConfirmation(email: string, token: string): Promise<void> {
  const url = absoluteUrl(`/newsletter/confirm?token=${token}`);
  const rendered = await renderConfirmationMail(url);
  await sendMail({ to: email, ...rendered, kind: "confirmation" });
}

/** The confirm POST. On success the welcome mail goes out (failures are logged, not shown). */
export async function handleConfirm(token: string): Promise<"confirmed" | "already" | "expired" | "invalid"> {
  if (!isConfirmTokenShape(token)) return "invalid";
  const outcome = await confirmSubscription(hashToken(token));
  if (outcome.result === "confirmed") {
    const { subscriber } = outcome;
    try {
      const rendered = await renderWelcomeMail(unsubscribeUrl(subscriber.id));
      await sendMail({ to: subscriber.email, ...rendered, headers: listHeaders(subscriber.id), kind: "welcome" });
    } catch (err) {
      log.error({ err: errorMessage(err) }, "welcome mail failed");
    }
  }
  return outcome.result;
}

/** One-click unsubscribe (and the page's button). Null for a forged or unknown token. */
export async function handleUnsubscribe(token: string | null): Promise<"unsubscribed" | "invalid"> {
  const id = verifyUnsubscribeToken(token);
  if (id === null) return "invalid";
  return (await unsubscribe(id)) ? "unsubscribed" : "invalid";
}

export async function handlePreferences(token: string | null, interests: string[]): Promise<"saved" | "invalid"> {
  const id = verifyUnsubscribeToken(token);
  if (id === null || !(await getSubscriberById(id))) return "invalid";
  await updateInterests(id, [...new Set(interests)]);
  return "saved";
}

/** What the preferences page shows for a token, or null. */
export async function subscriberForToken(token: string | null) {
  const id = verifyUnsubscribeToken(token);
  return id === null ? null : getSubscriberById(id);
}
