/**
 * What the proxy asks about editor paths (convenience redirects, never the guard): is there any
 * user yet (setup is a 404 afterwards), and does the request carry a valid session token.
 * Registered on globalThis by lib/server/boot.ts, like the path guard.
 */
import { getToken } from "next-auth/jwt";
import { countUsersForEditor } from "@/db/queries/users";
import { authSecret } from "@/lib/auth/secret";
import { claimsOf } from "@/lib/auth/session-policy";

export type EditorGate = {
  hasUsers: () => Promise<boolean>;
  hasSession: (headers: Headers, secure: boolean) => Promise<boolean>;
};

export function createEditorGate(): EditorGate {
  // Once a user exists there always is one (the last owner cannot be removed).
  let known = false;
  return {
    async hasUsers() {
      if (!known) known = (await countUsersForEditor()) > 0;
      return known;
    },
    async hasSession(headers, secure) {
      const token = await getToken({ req: { headers }, secret: authSecret(), secureCookie: secure }).catch(() => null);
      return !!claimsOf(token);
    },
  };
}
