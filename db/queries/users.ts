/** Editor queries for logins (users). Emails are stored trimmed and lower-cased. */
import "server-only";
import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { authors, users, type NewUser } from "@/db/schema";
import type { Role } from "@/model/role";
import type { EditorUser } from "@/model/user";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type { EditorUser };

const publicColumns = { id: users.id, email: users.email, name: users.name, role: users.role, authorId: users.authorId };

/** How many logins exist (setup is open only while there are none). */
export async function countUsersForEditor(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

/** Everything sign-in needs, by email; null when there is no such login. */
export async function getUserForSignIn(email: string) {
  const db = await getDb();
  const [row] = await db
    .select({ ...publicColumns, passwordHash: users.passwordHash, disabledAt: users.disabledAt, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(sql`lower(${users.email})`, normalizeEmail(email)))
    .limit(1);
  return row ?? null;
}

export class EmailTakenError extends Error {
  constructor() {
    super("A user with this email already exists.");
  }
}

/** Creates a login. Throws EmailTakenError when the email is in use. */
export async function createUserForEditor(input: Omit<NewUser, "id" | "createdAt" | "updatedAt">): Promise<EditorUser> {
  const db = await getDb();
  const [row] = await db
    .insert(users)
    .values({ ...input, email: normalizeEmail(input.email) })
    .onConflictDoNothing()
    .returning(publicColumns);
  if (!row) throw new EmailTakenError();
  return row;
}

/**
 * Creates the first owner, only while no user exists. The check and the insert happen under a
 * transaction-scoped advisory lock, so two setup requests at once cannot create two owners.
 */
export async function createFirstOwner(input: { email: string; name: string; passwordHash: string }): Promise<EditorUser | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(727275)`);
    const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(users);
    if (n > 0) return null;
    const [row] = await tx
      .insert(users)
      .values({ ...input, email: normalizeEmail(input.email), role: "owner" })
      .returning(publicColumns);
    return row;
  });
}

export async function recordSignIn(id: number): Promise<void> {
  const db = await getDb();
  await db
    .update(users)
    .set({ lastLoginAt: sql`now()`, failedLoginCount: 0, lockedUntil: null })
    .where(eq(users.id, id));
}

/** Mirrors a failed attempt on the account row (shown on the users page); the lock itself is in rate_limits. */
export async function recordFailedSignIn(id: number, lockedUntil: Date | null): Promise<void> {
  const db = await getDb();
  await db
    .update(users)
    .set({ failedLoginCount: sql`${users.failedLoginCount} + 1`, lastFailedLoginAt: sql`now()`, lockedUntil })
    .where(eq(users.id, id));
}

export async function listUsersForEditor() {
  const db = await getDb();
  return db
    .select({
      ...publicColumns,
      authorName: authors.name,
      disabledAt: users.disabledAt,
      lastLoginAt: users.lastLoginAt,
      lockedUntil: users.lockedUntil,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(authors, eq(authors.id, users.authorId))
    .orderBy(asc(users.createdAt), asc(users.id));
}

export class LastOwnerError extends Error {
  constructor() {
    super("This is the last active owner: make someone else an owner first.");
  }
}

/**
 * Changes role, byline or disabled state. Refuses (LastOwnerError) when the change would leave no
 * active owner; the count and the update share a transaction under an advisory lock.
 */
export async function updateUserForEditor(
  id: number,
  change: { role?: Role; disabled?: boolean; authorId?: number | null; name?: string },
): Promise<EditorUser | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(727275)`);
    const [current] = await tx.select().from(users).where(eq(users.id, id)).limit(1).for("update");
    if (!current) return null;
    const losesOwner =
      current.role === "owner" && !current.disabledAt && ((change.role && change.role !== "owner") || change.disabled === true);
    if (losesOwner) {
      const [{ n }] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(users)
        .where(and(eq(users.role, "owner"), isNull(users.disabledAt), ne(users.id, id)));
      if (n === 0) throw new LastOwnerError();
    }
    const [row] = await tx
      .update(users)
      .set({
        role: change.role ?? current.role,
        name: change.name ?? current.name,
        authorId: change.authorId === undefined ? current.authorId : change.authorId,
        disabledAt: change.disabled === undefined ? current.disabledAt : change.disabled ? sql`now()` : null,
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, id))
      .returning(publicColumns);
    return row;
  });
}

/** Sets a new password and ends every session of the user (the version bump). */
export async function setPasswordForEditor(id: number, passwordHash: string): Promise<void> {
  const db = await getDb();
  await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, failedLoginCount: 0, lockedUntil: null, updatedAt: sql`now()` })
    .where(eq(users.id, id));
}

/** The password hash of an active user (to check the current password before a change). */
export async function getPasswordHashForEditor(id: number): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.id, id), isNull(users.disabledAt)))
    .limit(1);
  return row?.passwordHash ?? null;
}

/** The login with this email, or null (for the reset request, the invitation CLI and `user:password`). */
export async function getUserByEmailForEditor(email: string): Promise<(EditorUser & { disabled: boolean }) | null> {
  const db = await getDb();
  const [row] = await db
    .select({ ...publicColumns, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(sql`lower(${users.email})`, normalizeEmail(email)))
    .limit(1);
  if (!row) return null;
  const { disabledAt, ...user } = row;
  return { ...user, disabled: !!disabledAt };
}

/** The login with this id (for audit labels), or null. */
export async function getUserForEditor(id: number): Promise<EditorUser | null> {
  const db = await getDb();
  const [row] = await db.select(publicColumns).from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}
