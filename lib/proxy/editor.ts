/**
 * Editor paths: anonymous visitors are sent to the sign-in page with a real 307 (the layout and
 * every action check again); /editor/setup is a real 404 once a user exists; the sign-in page
 * leads to setup while there is none. Editor pages are never stored by shared caches.
 */
import { NextResponse, type NextRequest } from "next/server";
import { proxyServices } from "./services";
import { databaseAnswers, unavailable } from "./unavailable";

const OPEN_EDITOR_PATHS = new Set(["/editor/reset", "/editor/password"]);

export function isEditorPath(pathname: string): boolean {
  return pathname === "/editor" || pathname.startsWith("/editor/");
}

/** Where an editor request goes before its page: setup's 404, the sign-in redirect, or on. */
async function editorRoute(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  const gate = proxyServices()?.editorGate;
  if (!gate) return NextResponse.next();
  try {
    const secure = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
    if (pathname === "/editor/setup") {
      return (await gate.hasUsers()) ? NextResponse.rewrite(new URL("/_not-found", request.nextUrl), { status: 404 }) : NextResponse.next();
    }
    if (pathname === "/editor/login") {
      return (await gate.hasUsers()) ? NextResponse.next() : NextResponse.redirect(new URL("/editor/setup", request.nextUrl), 307);
    }
    // Password reset and invitation links: for people without a session.
    if (OPEN_EDITOR_PATHS.has(pathname)) return NextResponse.next();
    if (!(await gate.hasSession(request.headers, secure))) {
      const login = new URL("/editor/login", request.nextUrl);
      if (pathname !== "/editor") login.searchParams.set("next", pathname + request.nextUrl.search);
      return NextResponse.redirect(login, 307);
    }
  } catch {
    // The database is unreachable: let the page answer (its own check still runs).
  }
  return NextResponse.next();
}

export async function editorProxy(request: NextRequest): Promise<NextResponse> {
  if (!(await databaseAnswers())) return unavailable();
  const response = await editorRoute(request);
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}
