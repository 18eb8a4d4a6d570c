/**
 * What a session is, beyond Auth.js's signed cookie: the user id, the user's session version at
 * sign-in (raised to end every session of the user), a random session id (remembered when that
 * one session signs out) and the sign-in time (sessions end 30 days after it, however often the
 * cookie is refreshed; the 7-day idle expiry is Auth.js's own `maxAge`).
 *
 * No database access here: the JWT callbacks run on every session read, so the checks against
 * the database live in the guard (lib/auth.ts), which reads the user anyway.
 */
import { randomBytes } from "node:crypto";
import type { JWT } from "next-auth/jwt";

export const SESSION_IDLE_SECONDS = 7 * 24 * 60 * 60;
export const SESSION_ABSOLUTE_SECONDS = 30 * 24 * 60 * 60;

export type SessionClaims = { userId: number; sessionId: string; version: number; signedInAt: number };

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Seconds since the epoch when a session signed in at `signedInAt` ends for good. */
export function absoluteEnd(signedInAt: number): number {
  return signedInAt + SESSION_ABSOLUTE_SECONDS;
}

/** The claims of a token, or null when it lacks one (a cookie from before sessions had them) or is past its lifetime. */
export function claimsOf(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  if (!token) return null;
  const userId = Number(token.uid);
  const { sid, sv, since } = token;
  if (!Number.isInteger(userId) || userId <= 0) return null;
  if (typeof sid !== "string" || typeof sv !== "number" || typeof since !== "number") return null;
  if (absoluteEnd(since) <= nowSeconds()) return null;
  return { userId, sessionId: sid, version: sv, signedInAt: since };
}

/** A user as authorize() hands it to the jwt callback. */
export type SignedInUser = { id?: string; sessionVersion?: number };

/**
 * Auth.js's jwt callback. At sign-in: stamp the claims. Later: keep the token only while it is
 * inside its absolute lifetime; null makes Auth.js drop the cookie instead of refreshing it.
 */
export function sessionToken({ token, user }: { token: JWT; user?: SignedInUser }): JWT | null {
  if (user?.id) {
    return { ...token, uid: user.id, sv: user.sessionVersion ?? 1, sid: randomBytes(18).toString("base64url"), since: nowSeconds() };
  }
  return claimsOf(token) ? token : null;
}

/**
 * Auth.js's `jwt.encode` maxAge: never past the absolute end, so a refreshed cookie's token
 * expires when the session does, whatever `maxAge` says.
 */
export function cappedMaxAge(token: JWT | undefined, maxAge: number): number {
  const since = token?.since;
  if (typeof since !== "number") return maxAge;
  return Math.max(0, Math.min(maxAge, absoluteEnd(since) - nowSeconds()));
}

/** Auth.js's session callback: expose the claims to auth() and never promise more than the absolute end. */
export function sessionView<S extends { user?: object; expires: unknown }>(session: S, token: JWT): S {
  const claims = claimsOf(token);
  if (!claims) return session;
  const end = new Date(absoluteEnd(claims.signedInAt) * 1000);
  const expires = new Date(String(session.expires)) < end ? session.expires : end.toISOString();
  return {
    ...session,
    expires,
    user: { ...session.user, id: String(claims.userId) },
    sid: claims.sessionId,
    sv: claims.version,
    since: claims.signedInAt,
  };
}

/** The claims of what auth() returned (the session object sessionView built). */
export function claimsOfSession(session: unknown): SessionClaims | null {
  if (!session || typeof session !== "object") return null;
  const s = session as { user?: { id?: unknown }; sid?: unknown; sv?: unknown; since?: unknown };
  return claimsOf({ uid: s.user?.id, sid: s.sid, sv: s.sv, since: s.since });
}
