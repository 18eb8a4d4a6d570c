/**
 * Checks an email and password for the Credentials provider, with brute-force protection:
 * 5 failures for one account (known or not) or from one address within 15 minutes block both
 * for 15 minutes. The counters live in the database; the messages never reveal whether an
 * account exists.
 */
import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { blockedUntil, clearRateLimit, hitRateLimit, type RateLimitPolicy } from "@/db/queries/rate-limits";
import { getUserForSignIn, normalizeEmail, recordFailedSignIn, recordSignIn, type EditorUser } from "@/db/queries/users";
import { dummyHash, verifyPassword } from "./password";

export const SIGN_IN_POLICY: RateLimitPolicy = { limit: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };

export const signInMessages = {
  invalid: "Email or password is incorrect.",
  locked: "Too many failed sign-ins. Try again in 15 minutes.",
} as const;

const credentialsSchema = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
});

export function accountKey(email: string): string {
  return `signin:account:${createHash("sha256").update(normalizeEmail(email)).digest("hex")}`;
}

export function addressKey(address: string): string {
  return `signin:address:${address}`;
}

export { clientAddress } from "@/lib/client-address";

export type SignInResult = { ok: true; user: EditorUser } | { ok: false; reason: "invalid" | "locked" };

export async function checkCredentials(raw: unknown, address: string): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = [accountKey(email), addressKey(address)];

  if (await blockedUntil(keys)) return { ok: false, reason: "locked" };

  const user = await getUserForSignIn(email);
  // Verify against a dummy hash when there is no such user, so both paths cost the same.
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (user && valid && !user.disabledAt) {
    await clearRateLimit(keys[0]);
    await recordSignIn(user.id);
    return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, authorId: user.authorId } };
  }

  const [account] = await Promise.all(keys.map((key) => hitRateLimit(key, SIGN_IN_POLICY)));
  if (user) await recordFailedSignIn(user.id, account.blockedUntil);
  return { ok: false, reason: "invalid" };
}
