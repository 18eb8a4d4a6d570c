/**
 * Reader paths: old filter URLs answer a permanent redirect, unknown slugs a real 404 before
 * rendering (lib/server/path-guard.ts), and pages with a slug get their shared-cache headers and
 * cache tags (lib/http-cache.ts); the fixed paths get theirs from next.config.ts headers().
 */
import { NextResponse, type NextRequest } from "next/server";
import { readerCacheHeaders } from "@/lib/http-cache";
import { proxyServices } from "./services";

/**
 * `/issues?category=a,b` answers a permanent redirect to the path form, which keeps `/issues`
 * itself a static page (reading the query there would render it per request); `/issues/page/1` is `/issues`.
 */
function legacyRedirect(nextUrl: NextRequest["nextUrl"]): NextResponse | null {
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
  return null;
}

export async function readerProxy(request: NextRequest): Promise<NextResponse> {
  const { nextUrl } = request;
  const redirect = legacyRedirect(nextUrl);
  if (redirect) return redirect;
  const guard = proxyServices()?.pathGuard;
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
