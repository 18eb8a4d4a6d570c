/**
 * Convenience redirects only; never a guard (every action and handler checks the session itself).
 * `/issues?category=a,b` answers a permanent redirect to the path form, which keeps `/issues`
 * itself a static page (reading the query there would render it per request).
 */
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
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
  return NextResponse.next();
}

export const config = { matcher: ["/issues"] };
