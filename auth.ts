/**
 * Auth.js (next-auth v5): a Credentials provider (email + password, argon2id) with JWT sessions
 * in HTTP-only cookies. The configuration is built per request (lazy) so the secret, which may be
 * generated into DATA_DIR, is never read during `next build`.
 */
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { encode } from "next-auth/jwt";
import { authSecret } from "@/lib/auth/secret";
import { log } from "@/lib/log";
import { checkCredentials, clientAddress } from "@/lib/auth/sign-in";
import { cappedMaxAge, SESSION_IDLE_SECONDS, sessionToken, sessionView } from "@/lib/auth/session-policy";

class SignInRefused extends CredentialsSignin {
  constructor(code: "invalid" | "locked") {
    super();
    this.code = code;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  // Self-hosted: Auth.js would refuse requests as "UntrustedHost" otherwise; its base URL is
  // pinned to SITE_URL at boot (AUTH_URL), so redirects never come from the Host header.
  trustHost: true,
  // Idle expiry; the absolute lifetime and revocation are in lib/auth/session-policy.ts and lib/auth.ts.
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  jwt: { encode: (params) => encode({ ...params, maxAge: cappedMaxAge(params.token, params.maxAge ?? SESSION_IDLE_SECONDS) }) },
  // Auth.js's own pages are closed (app/api/auth/[...nextauth]/route.ts): errors go to ours too.
  pages: { signIn: "/editor/login", error: "/editor/login" },
  // A refused sign-in is expected traffic, not an error with a stack trace; the rest goes to the log.
  logger: {
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin")
        return log.info({ reason: (error as { code?: string }).code }, "sign-in refused");
      log.error({ err: error }, "auth error");
    },
    warn(code) {
      log.warn({ code }, "auth warning");
    },
    debug() {},
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const result = await checkCredentials(credentials, clientAddress(request.headers));
        if (!result.ok) throw new SignInRefused(result.reason);
        return { id: String(result.user.id), name: result.user.name, email: result.user.email, sessionVersion: result.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => sessionToken({ token, user }),
    session: ({ session, token }) => sessionView(session, token),
  },
}));

declare module "next-auth" {
  interface User {
    /** users.session_version at sign-in, stamped into the token (lib/auth/session-policy.ts). */
    sessionVersion?: number;
  }
}
