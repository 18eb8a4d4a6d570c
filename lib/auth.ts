/**
 * The guard that counts: every server action and editor route handler calls requireRole (or
 * requireUser) first. The session only names the user; role, disabled state, the session version
 * and whether this session signed out are read from the database in one query on every call, so
 * a change of role, a disabled account or a revoked session takes effect at once.
 */
import "server-only";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { auth } from "@/auth";
import { getUserForSession } from "@/db/queries/sessions";
import type { EditorUser } from "@/model/user";
import { claimsOfSession, type SessionClaims } from "@/lib/auth/session-policy";
import { requestContext } from "@/lib/log";
import { hasRole, type Role } from "@/model/role";

export type { EditorUser };

export type Refusal = { ok: false; code: "unauthorized" | "forbidden"; error: string };

export const refusals = {
  unauthorized: { ok: false, code: "unauthorized", error: "You are signed out. Sign in again; your text stays in this tab." },
  forbidden: { ok: false, code: "forbidden", error: "Your role does not allow this." },
} as const satisfies Record<string, Refusal>;

/** The claims of this request's session (inside its absolute lifetime), or null. Not yet checked against the database. */
export async function currentSessionClaims(): Promise<SessionClaims | null> {
  // Auth.js draws random values while it reads the session: render at request time, never prerender.
  await connection();
  try {
    return claimsOfSession(await auth());
  } catch {
    return null;
  }
}

/** The signed-in, active user of a live session, or null. */
export async function currentUser(): Promise<EditorUser | null> {
  const claims = await currentSessionClaims();
  if (!claims) return null;
  const user = await getUserForSession(claims);
  // Every later log line of this request names the user.
  const context = requestContext.getStore();
  if (user && context) context.userId = user.id;
  return user;
}

/** `{ ok: true, user }` when signed in with at least `minimum`; otherwise the refusal to return. */
export async function requireRole(minimum: Role): Promise<{ ok: true; user: EditorUser } | Refusal> {
  const user = await currentUser();
  if (!user) return refusals.unauthorized;
  if (!hasRole(user.role, minimum)) return refusals.forbidden;
  return { ok: true, user };
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUserForPage(minimum: Role = "contributor"): Promise<EditorUser> {
  const user = await currentUser();
  if (!user) redirect("/editor/login");
  if (!hasRole(user.role, minimum)) redirect("/editor?denied=1");
  return user;
}
