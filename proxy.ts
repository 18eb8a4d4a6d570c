/**
 * Convenience only, never a guard: every action and route handler checks the session itself.
 *
 * - `/issues?category=a,b` answers a permanent redirect to the path form, which keeps `/issues`
 *   itself a static page (reading the query there would render it per request).
 * - Unknown reader slugs are answered with a real 404 before rendering (see lib/server/path-guard.ts).
 */
import { NextResponse, type NextRequest } from "next/server";

type PathGuard = (pathname: string) => Promise<boolean | string | undefined>;

export async function proxy(request: NextRequest) {
  const { nextUrl } = request;
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
  return NextResponse.next();
}

export const config = {
  matcher: ["/issues", "/issues/:path+", "/authors/:path+", "/events/:path+", "/categories/:path+"],
};
