/**
 * The guard that counts: every server action and editor route handler calls requireRole (or
 * requireUser) first. The session only names the user; role and disabled state are read from the
 * database on every call, so a change of role or a disabled account takes effect at once.
 */
import "server-only";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { auth } from "@/auth";
import { getActiveUserForEditor, type EditorUser } from "@/db/queries/users";
import { hasRole, type Role } from "@/lib/roles";

export type { EditorUser };

export type Refusal = { ok: false; code: "unauthorized" | "forbidden"; error: string };

export const refusals = {
  unauthorized: { ok: false, code: "unauthorized", error: "You are signed out. Sign in again; your text stays in this tab." },
  forbidden: { ok: false, code: "forbidden", error: "Your role does not allow this." },
} as const satisfies Record<string, Refusal>;

/** The signed-in, active user, or null. */
export async function currentUser(): Promise<EditorUser | null> {
  // Auth.js draws random values while it reads the session: render at request time, never prerender.
  await connection();
  let session;
  try {
    session = await auth();
  } catch {
    return null;
  }
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  return getActiveUserForEditor(id);
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
