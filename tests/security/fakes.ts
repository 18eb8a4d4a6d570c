/**
 * Stand-ins for Next's and Auth.js's request-scoped pieces, which throw outside a request. The
 * session only names a user id; everything behind it (requireRole, queries) is real. Used as
 * `installFakes()` at the top of a test file.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { vi } from "vitest";

export const session = { userId: null as number | null, authReached: 0, signInRedirect: null as string | null, clientAddress: "203.0.113.9" };

export const auth = async () => (session.userId ? { user: { id: String(session.userId) }, expires: "2999-01-01T00:00:00Z" } : null);
/** Records where a successful sign-in would go. */
export const signIn = async (_provider: string, options: { redirectTo?: string }) => {
  session.signInRedirect = options.redirectTo ?? null;
};
export const signOut = async () => undefined;
export const handlers = {
  GET: async () => new Response("auth GET"),
  POST: async (request: Request) => {
    session.authReached += 1;
    return new Response(`auth saw ${(await request.text()).length} bytes`);
  },
};
export class AuthError extends Error {}

// next/cache
export const updateTag = () => {};
export const revalidateTag = () => {};
export const refresh = () => {};
export const cacheLife = () => {};
export const cacheTag = () => {};

// next/headers: one reader's address, for the per-address limits read inside data functions.
export const headers = async () => new Headers({ "x-forwarded-for": session.clientAddress });

// next/navigation
export const redirect = (url: string) => {
  throw new Error(`NEXT_REDIRECT ${url}`);
};
export const permanentRedirect = redirect;
export const notFound = () => {
  throw new Error("NEXT_NOT_FOUND");
};

/**
 * Puts the stand-ins in place for every module the test imports afterwards (the tests import the
 * app's modules inside each test, so vi.doMock reaches them), and gives the process a secret and
 * a fresh DATA_DIR. Returns that folder.
 */
export function installFakes(name: string): string {
  process.env.AUTH_SECRET = "test-secret-test-secret-test-secret-0123456789";
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), `dispatch-${name}-`));
  for (const id of ["@/auth", "next-auth", "next/cache", "next/navigation", "next/headers"]) vi.doMock(id, () => import("./fakes"));
  vi.doMock("next/server", async (importOriginal: () => Promise<object>) => ({ ...(await importOriginal()), connection: async () => {} }));
  return process.env.DATA_DIR;
}
