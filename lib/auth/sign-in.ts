/**
 * Checks an email and password for the Credentials provider, with brute-force protection that
 * nobody can turn into a lockout of someone else:
 *
 * - one account from one address (or IPv6 /64): 5 failures in 15 minutes block that pair for 15
 *   minutes; the account stays open from everywhere else;
 * - one address: 10 failures in 15 minutes, whatever the accounts, block the address;
 * - one account across all addresses: after 5 failures in 15 minutes every attempt on it waits,
 *   twice as long per failure, at most 5 s — an attack from many addresses is slowed, and the
 *   right password from a clean address still gets in after that short wait.
 *
 * The counters live in the database; the messages never reveal whether an account exists.
 */
import "server-only";
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { clearRateLimit, clearRateLimitsByPrefix, hitRateLimit, rateLimitState, type RateLimitPolicy } from "@/db/queries/rate-limits";
import { getUserForSignIn, normalizeEmail, recordFailedSignIn, recordSignIn, type EditorUser } from "@/db/queries/users";
import { audit, userLabel } from "@/lib/audit";
import { clientKey } from "@/lib/client-key";
import { maskEmail } from "@/lib/log";
import { dummyHash, verifyPassword } from "./password";

const WINDOW = 15 * 60;
export const PAIR_POLICY: RateLimitPolicy = { limit: 5, windowSeconds: WINDOW, blockSeconds: WINDOW };
export const ADDRESS_POLICY: RateLimitPolicy = { limit: 10, windowSeconds: WINDOW, blockSeconds: WINDOW };
/** Never blocks: the account's count only sets the delay. */
const ACCOUNT_POLICY: RateLimitPolicy = { limit: 2_000_000_000, windowSeconds: WINDOW, blockSeconds: 0 };
export const MAX_ACCOUNT_DELAY_MS = 5_000;

export const signInMessages = {
  invalid: "Email or password is incorrect.",
  locked: "Too many failed sign-ins from here. Try again in 15 minutes, or reset your password.",
} as const;

const credentialsSchema = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
});

function emailHash(email: string): string {
  return createHash("sha256").update(normalizeEmail(email)).digest("hex");
}

export function accountKey(email: string): string {
  return `signin:account:${emailHash(email)}`;
}

export function addressKey(address: string): string {
  return `signin:address:${clientKey(address)}`;
}

function pairPrefix(email: string): string {
  return `signin:pair:${emailHash(email).slice(0, 32)}:`;
}

export function pairKey(email: string, address: string): string {
  return `${pairPrefix(email)}${clientKey(address)}`;
}

/** After a new password (reset, CLI): the account's failures from every address are forgotten. */
export async function forgetSignInFailures(email: string): Promise<void> {
  await Promise.all([clearRateLimit(accountKey(email)), clearRateLimitsByPrefix(pairPrefix(email))]);
}

/** The wait before checking a password for an account with `failures` recent failures. */
export function accountDelayMs(failures: number): number {
  if (failures < PAIR_POLICY.limit) return 0;
  return Math.min(MAX_ACCOUNT_DELAY_MS, 250 * 2 ** (failures - PAIR_POLICY.limit));
}

export { clientAddress } from "@/lib/client-address";

export type SignInResult = { ok: true; user: EditorUser; sessionVersion: number } | { ok: false; reason: "invalid" | "locked" };

export async function checkCredentials(raw: unknown, address: string): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = { pair: pairKey(email, address), address: addressKey(address), account: accountKey(email) };

  const state = await rateLimitState(Object.values(keys), WINDOW);
  // Only the pair's and the address's blocks refuse; the account key never blocks.
  if (state.blockedUntil) return { ok: false, reason: "locked" };
  const delay = accountDelayMs(state.counts.get(keys.account) ?? 0);
  if (delay > 0) await sleep(delay);

  const user = await getUserForSignIn(email);
  // Verify against a dummy hash when there is no such user, so both paths cost the same.
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  const target = user ? userLabel(user) : `unknown account (${maskEmail(normalizeEmail(email))})`;
  if (user && valid && !user.disabledAt) {
    await Promise.all([clearRateLimit(keys.pair, keys.account), recordSignIn(user.id)]);
    await audit("sign-in", { actor: user, target, address });
    return {
      ok: true,
      user: { id: user.id, email: user.email, name: user.name, role: user.role, authorId: user.authorId },
      sessionVersion: user.sessionVersion,
    };
  }

  const [pair, byAddress] = await Promise.all([
    hitRateLimit(keys.pair, PAIR_POLICY),
    hitRateLimit(keys.address, ADDRESS_POLICY),
    hitRateLimit(keys.account, ACCOUNT_POLICY),
  ]);
  if (user) await recordFailedSignIn(user.id, null);
  await audit("sign-in-failed", { actor: null, target, address, details: { delayMs: delay } });
  const lockedNow =
    (pair.count === PAIR_POLICY.limit && "account from this address") || (byAddress.count === ADDRESS_POLICY.limit && "this address");
  if (lockedNow) await audit("lockout", { actor: null, target, address, details: { scope: lockedNow, minutes: WINDOW / 60 } });
  return { ok: false, reason: "invalid" };
}
