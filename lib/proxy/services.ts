/**
 * The one typed place for what the proxy shares with the server: lib/server/boot.ts registers
 * the services once the database is open, proxy.ts reads them. They live on globalThis because
 * the proxy and the server are separate bundles, each with its own copy of every module. Absent
 * during the build: every proxy file then lets the request through.
 */
import type { EditorGate } from "@/lib/server/editor-gate";
import type { PathGuard } from "@/lib/server/path-guard";
import type { SearchLimit } from "@/lib/server/search-limit";

export type ProxyServices = {
  /** Whether a reader path names something that exists (false: 404; a string: redirect there). */
  pathGuard: PathGuard;
  /** Whether any user exists, and whether a request carries a live session. */
  editorGate: EditorGate;
  /** Seconds a client must still wait before searching again, or null. */
  searchBlock: SearchLimit;
  /** Resolves when the database answers. */
  pingDatabase: () => Promise<void>;
};

const holder = globalThis as { __dispatchProxyServices?: ProxyServices };

export function registerProxyServices(services: ProxyServices): void {
  holder.__dispatchProxyServices = services;
}

export function proxyServices(): ProxyServices | undefined {
  return holder.__dispatchProxyServices;
}
