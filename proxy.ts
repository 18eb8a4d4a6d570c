/**
 * Convenience only, never a guard: every action and route handler checks the session itself.
 *
 * - `/issues?category=a,b` answers a permanent redirect to the path form, which keeps `/issues`
 *   itself a static page (reading the query there would render it per request).
 * - Unknown reader slugs are answered with a real 404 before rendering (see lib/server/path-guard.ts).
 * - Reader pages with a slug get their shared-cache headers and cache tags here (lib/http-cache.ts);
 *   the fixed paths get theirs from next.config.ts headers(), without running the proxy.
 */
import { NextResponse, type NextRequest } from "next/server";
import { readerCacheHeaders } from "@/lib/http-cache";

type PathGuard = (pathname: string) => Promise<boolean | string | undefined>;
type EditorGate = { hasUsers: () => Promise<boolean>; hasSession: (headers: Headers, secure: boolean) => Promise<boolean> };

/**
 * Editor paths: anonymous visitors are sent to the sign-in page with a real 307 (the layout and
 * every action check again); /editor/setup is a real 404 once a user exists; the sign-in page
 * leads to setup while there is none. Editor pages are never stored by shared caches.
 */
async function editorProxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  const gate = (globalThis as { __dispatchEditorGate?: EditorGate }).__dispatchEditorGate;
  let response = NextResponse.next();
  if (gate) {
    try {
      const secure = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
      if (pathname === "/editor/setup") {
        if (await gate.hasUsers()) response = NextResponse.rewrite(new URL("/_not-found", request.nextUrl), { status: 404 });
      } else if (pathname === "/editor/login") {
        if (!(await gate.hasUsers())) response = NextResponse.redirect(new URL("/editor/setup", request.nextUrl), 307);
      } else if (!(await gate.hasSession(request.headers, secure))) {
        const login = new URL("/editor/login", request.nextUrl);
        if (pathname !== "/editor") login.searchParams.set("next", pathname + request.nextUrl.search);
        response = NextResponse.redirect(login, 307);
      }
    } catch {
      // The database is unreachable: let the page answer (its own check still runs).
    }
  }
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export async function proxy(request: NextRequest) {
  const { nextUrl } = request;
  if (nextUrl.pathname === "/editor" || nextUrl.pathname.startsWith("/editor/")) return editorProxy(request);
  if (nextUrl.pathname === "/issues" && nextUrl.searchParams.has("category")) {
    const slugs = nextUrl.searchParams
      .getAll("category")
      .flatMap((v) => v.split(/[,+ ]/))
      .map((s) => s.trim().toLowerCase())
      .filter((s) => /^[a-z0-9-]{1,80}$/.test(s));
    const target = new URL(slugs.length > 0 ? `/categories/${[...new Set(slugs)].join("+")}` : "/issues", nextUrl);
    return NextResponse.redirect(target, 308);
  }

  if (nextUrl.pathname === "/issues/page/1") return NextResponse.redirect(new URL("/issues", nextUrl), 308);

  // Registered by lib/server/boot.ts in the same process; absent during the build.
  const guard = (globalThis as { __dispatchPathGuard?: PathGuard }).__dispatchPathGuard;
  if (guard) {
    try {
      const verdict = await guard(nextUrl.pathname);
      if (verdict === false) return NextResponse.rewrite(new URL("/_not-found", nextUrl), { status: 404 });
      if (typeof verdict === "string") return NextResponse.redirect(new URL(verdict, nextUrl), 308);
    } catch {
      // The database is unreachable: let the page answer (cached, or its error page).
    }
  }
  const response = NextResponse.next();
  for (const [key, value] of Object.entries(readerCacheHeaders(nextUrl.pathname))) response.headers.set(key, value);
  return response;
}

export const config = {
  // The upload route is left out: a proxy would buffer (and cap) its 10 MB body; it checks the session itself.
  matcher: ["/editor", "/editor/((?!media/upload$).*)", "/issues", "/issues/:path+", "/authors/:path+", "/events/:path+", "/categories/:path+"],
};
