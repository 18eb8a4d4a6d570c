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
import { errorMessage, log } from "@/lib/log";
import { limitedPage } from "@/lib/server/limited-page";
import { SERVER_ACTION_BODY_BYTES, SERVER_ACTION_BODY_LIMIT } from "@/lib/limits";
import { declaresMoreThan } from "@/lib/server/body-limit";
import { isCrossSite } from "@/lib/server/same-origin";
import { readerCacheHeaders } from "@/lib/http-cache";

type PathGuard = (pathname: string) => Promise<boolean | string | undefined>;
type DbPing = () => Promise<void>;
type SearchLimit = (query: string | null, headers: Headers) => Promise<number | null>;
type EditorGate = { hasUsers: () => Promise<boolean>; hasSession: (headers: Headers, secure: boolean) => Promise<boolean> };

const OPEN_EDITOR_PATHS = new Set(["/editor/reset", "/editor/password"]);

/**
 * Editor paths: anonymous visitors are sent to the sign-in page with a real 307 (the layout and
 * every action check again); /editor/setup is a real 404 once a user exists; the sign-in page
 * leads to setup while there is none. Editor pages are never stored by shared caches.
 */
async function editorProxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  const gate = (globalThis as { __dispatchEditorGate?: EditorGate }).__dispatchEditorGate;
  if (!(await databaseAnswers())) return unavailable();
  let response = NextResponse.next();
  if (gate) {
    try {
      const secure = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
      if (pathname === "/editor/setup") {
        if (await gate.hasUsers()) response = NextResponse.rewrite(new URL("/_not-found", request.nextUrl), { status: 404 });
      } else if (pathname === "/editor/login") {
        if (!(await gate.hasUsers())) response = NextResponse.redirect(new URL("/editor/setup", request.nextUrl), 307);
      } else if (OPEN_EDITOR_PATHS.has(pathname)) {
        // Password reset and invitation links: for people without a session.
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

/** True when the database answers (or when there is no probe yet, during the build). */
async function databaseAnswers(): Promise<boolean> {
  const ping = (globalThis as { __dispatchDbPing?: DbPing }).__dispatchDbPing;
  if (!ping) return true;
  try {
    await ping();
    return true;
  } catch (err) {
    log.warn({ err: errorMessage(err) }, "database unavailable: answering 503");
    return false;
  }
}

/**
 * What a request that needs the database gets while it is down: a real 503 that says so, with
 * Retry-After, instead of an error page (cached reader pages never come here: they are served).
 */
function unavailable(): NextResponse {
  const body = limitedPage("Back in a moment", "Dispatch cannot reach its database right now, so this page or action is not available. Nothing you sent was lost or half-saved; please try again in a few seconds.");
  return new NextResponse(body, {
    status: 503,
    headers: { "Retry-After": "5", "Cache-Control": "no-store", "Content-Type": "text/html; charset=utf-8" },
  });
}

/** Too many searches from one client: a real 429 with Retry-After and a short page that says so. */
async function searchProxy(request: NextRequest): Promise<NextResponse> {
  const limit = (globalThis as { __dispatchSearchLimit?: SearchLimit }).__dispatchSearchLimit;
  if (limit) {
    try {
      const wait = await limit(request.nextUrl.searchParams.get("q"), request.headers);
      if (wait !== null) {
        const body = limitedPage("Too many searches", "You have searched many times in the last minute. Please wait a minute, then try again.");
        return new NextResponse(body, {
          status: 429,
          headers: { "Retry-After": String(wait), "Cache-Control": "no-store", "Content-Type": "text/html; charset=utf-8" },
        });
      }
    } catch (err) {
      // The limit's counter is the first query a search makes: when it fails, so would the search.
      log.warn({ err: errorMessage(err) }, "search unavailable: answering 503");
      return unavailable();
    }
  }
  return NextResponse.next();
}

/**
 * Server action posts, before Next reads them: one from another site is refused with a 403 that
 * says so (Next would answer a bare 500), and one that declares a body over the action limit
 * with a 413 (Next would also answer 500, after reading up to the limit). The actions still
 * check the session and role themselves.
 */
function serverActionRefusal(request: NextRequest): NextResponse | null {
  const text = (body: string, status: number) => new NextResponse(`${body}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  if (isCrossSite(request)) return text("Cross-site request refused: this form can only be sent from this site.", 403);
  if (declaresMoreThan(request, SERVER_ACTION_BODY_BYTES)) return text(`This form is too large to send (at most ${SERVER_ACTION_BODY_LIMIT.toUpperCase()}).`, 413);
  return null;
}

/** A fetch action (Next-Action header) or a no-JavaScript form post (multipart) that Next may treat as one. */
function isPossibleServerAction(request: NextRequest): boolean {
  return request.headers.has("next-action") || (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
}

export async function proxy(request: NextRequest) {
  const { nextUrl } = request;
  if (request.method === "POST" && isPossibleServerAction(request)) {
    const refusal = serverActionRefusal(request);
    if (refusal) return refusal;
  }
  // Posts outside the editor are server actions (the signup form): a clear 503 while the database is down.
  if (request.method === "POST" && !(nextUrl.pathname === "/editor" || nextUrl.pathname.startsWith("/editor/"))) {
    return (await databaseAnswers()) ? NextResponse.next() : unavailable();
  }
  if (nextUrl.pathname === "/search") return searchProxy(request);
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
  // The upload and import routes are left out: a proxy would buffer (and cap) their bodies; they check the session themselves.
  matcher: [
    "/search",
    "/editor",
    "/editor/((?!media/upload$|import/subscribers$|import/issues$).*)",
    "/issues",
    "/issues/:path+",
    "/authors/:path+",
    "/events/:path+",
    "/categories/:path+",
    // Server action posts anywhere (the signup form is on every reader page), with and without JavaScript.
    { source: "/((?!editor/media/upload$|editor/import/subscribers$|editor/import/issues$).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!editor/media/upload$|editor/import/subscribers$|editor/import/issues$|api/).*)", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
