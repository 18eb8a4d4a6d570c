/** Session revocation: the per-user session version and the ids of sessions that signed out. */
import "server-only";
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { revokedSessions, users } from "@/db/schema";
import type { EditorUser } from "./users";

/**
 * The user behind a session, in one query: null when unknown, disabled, signed out (the session
 * id is revoked) or issued under an older session version. This is what every guard reads.
 */
export async function getUserForSession(claims: { userId: number; sessionId: string; version: number }): Promise<EditorUser | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      authorId: users.authorId,
      revoked: sql<boolean>`exists (select 1 from ${revokedSessions} where ${revokedSessions.sessionId} = ${claims.sessionId})`,
    })
    .from(users)
    .where(and(eq(users.id, claims.userId), isNull(users.disabledAt), eq(users.sessionVersion, claims.version)))
    .limit(1);
  if (!row || row.revoked) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, authorId: row.authorId };
}

/** Remembers a signed-out session until `expiresAt`, when its cookie can no longer be valid anyway. */
export async function revokeSession(sessionId: string, userId: number, expiresAt: Date): Promise<void> {
  const db = await getDb();
  await db.insert(revokedSessions).values({ sessionId, userId, expiresAt }).onConflictDoNothing();
}

/** Ends every session of a user (sign out everywhere, a new password, an owner's revoke). Returns the new version. */
export async function bumpSessionVersion(userId: number): Promise<number | null> {
  const db = await getDb();
  const [row] = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning({ version: users.sessionVersion });
  return row?.version ?? null;
}

/** Forgets revoked ids whose sessions have ended by themselves. */
export async function pruneRevokedSessions(): Promise<number> {
  const db = await getDb();
  const gone = await db
    .delete(revokedSessions)
    .where(lt(revokedSessions.expiresAt, sql`now()`))
    .returning({ id: revokedSessions.sessionId });
  return gone.length;
}
