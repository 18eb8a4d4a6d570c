/**
 * Password-reset and invitation links. Only the SHA-256 of a token is stored; a token is used
 * once (the update that marks it used is the check), and the password change it carries, the
 * session version bump and the use happen in one transaction.
 */
import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { accountTokens, users } from "@/db/schema";
import type { AccountTokenPurpose } from "@/model/user";

export type { AccountTokenPurpose };

/** Stores a new token for a user; earlier unused tokens of the same purpose stop working. */
export async function createAccountToken(input: {
  userId: number;
  purpose: AccountTokenPurpose;
  tokenHash: string;
  expiresAt: Date;
}): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(accountTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(accountTokens.userId, input.userId), eq(accountTokens.purpose, input.purpose), isNull(accountTokens.usedAt)));
    await tx.insert(accountTokens).values(input);
  });
}

/** What a valid, unused token is for (to title the page), without using it; null otherwise. */
export async function peekAccountToken(tokenHash: string): Promise<{ purpose: AccountTokenPurpose; name: string; email: string } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ purpose: accountTokens.purpose, name: users.name, email: users.email })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(
      and(
        eq(accountTokens.tokenHash, tokenHash),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, sql`now()`),
        isNull(users.disabledAt),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * Uses a token: sets the password and ends every session of the user. Returns the user, or null
 * when the token is unknown, used, expired, or its user is disabled.
 */
export async function spendPasswordToken(tokenHash: string, passwordHash: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [token] = await tx
      .update(accountTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(accountTokens.tokenHash, tokenHash), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, sql`now()`)))
      .returning({ userId: accountTokens.userId, purpose: accountTokens.purpose });
    if (!token) return null;
    const [user] = await tx
      .update(users)
      .set({
        passwordHash,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        failedLoginCount: 0,
        lockedUntil: null,
        updatedAt: sql`now()`,
      })
      .where(and(eq(users.id, token.userId), isNull(users.disabledAt)))
      .returning({ id: users.id, email: users.email, name: users.name });
    // A disabled user's link is used up and changes nothing.
    return user ? { ...user, purpose: token.purpose } : null;
  });
}

/** Users with an invitation that is still open (not used, not expired): shown as "Invited" on the users page. */
export async function listOpenInvitations(): Promise<Map<number, Date>> {
  const db = await getDb();
  const rows = await db
    .select({ userId: accountTokens.userId, expiresAt: accountTokens.expiresAt })
    .from(accountTokens)
    .where(and(eq(accountTokens.purpose, "invite"), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, sql`now()`)));
  return new Map(rows.map((r) => [r.userId, r.expiresAt]));
}
