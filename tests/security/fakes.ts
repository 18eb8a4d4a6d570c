/**
 * Stand-ins for Next's and Auth.js's request-scoped pieces, which throw outside a request. The
 * session only names a user id; everything behind it (requireRole, queries) is real. Used as
 * `installFakes()` at the top of a test file.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { vi } from "vitest";

/** `sessionId`, `version` and `signedInAt` are the session's claims (lib/auth/session-policy.ts). */
export const session = {
  userId: null as number | null,
  sessionId: "test-session",
  version: 1,
  signedInAt: null as number | null,
  authReached: 0,
  signInRedirect: null as string | null,
  signedOut: 0,
  /** The client address the request comes from (X-Forwarded-For, as request-context leaves it). */
  address: "198.51.100.200",
};

// next/headers
export const headers = async () => new Headers({ "x-forwarded-for": session.address });

export const auth = async () =>
  session.userId
    ? {
        user: { id: String(session.userId) },
        sid: session.sessionId,
        sv: session.version,
        since: session.signedInAt ?? Math.floor(Date.now() / 1000),
        expires: "2999-01-01T00:00:00Z",
      }
    : null;
/** Records where a successful sign-in would go. */
export const signIn = async (_provider: string, options: { redirectTo?: string }) => {
  session.signInRedirect = options.redirectTo ?? null;
};
export const signOut = async () => {
  session.signedOut += 1;
};
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

// next/navigation
export const redirect = (url: string) => {
  throw new Error(`NEXT_REDIRECT ${url}`);
};
export const permanentRedirect = redirect;
export const notFound = () => {
  throw new Error("NEXT_NOT_FOUND");
};
/** Reader links prefetch on intent (components/ui/IntentLink.tsx): a server render never calls it. */
export const useRouter = () => ({
  prefetch: () => {},
  push: () => {},
  replace: () => {},
  refresh: () => {},
  back: () => {},
  forward: () => {},
});
export const useSearchParams = () => new URLSearchParams();
export const usePathname = () => "/";

/**
 * Puts the stand-ins in place for every module the test imports afterwards (the tests import the
 * app's modules inside each test, so vi.doMock reaches them), and gives the process a secret and
 * a fresh DATA_DIR. Returns that folder.
 */
export function installFakes(name: string): string {
  process.env.AUTH_SECRET = "test-secret-test-secret-test-secret-0123456789";
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), `dispatch-${name}-`));
  for (const id of ["@/auth", "next-auth", "next/cache", "next/navigation", "next/headers"]) vi.doMock(id, () => import("./fakes"));
  vi.doMock("next/server", async (importOriginal: () => Promise<object>) => ({
    ...(await importOriginal()),
    connection: async () => {},
    after: (task: unknown) => void (typeof task === "function" ? task() : task),
  }));
  return process.env.DATA_DIR;
}
