/**
 * Auth.js's endpoints. Before Auth.js sees a POST (sign-in, sign-out), two checks of our own: a
 * request from another site is refused (Auth.js would refuse it later for its missing CSRF
 * cookie, with a redirect; this says so plainly), and the body is capped, since Auth.js reads it
 * whole. Redirects are built from SITE_URL, never from the Host header: lib/server/boot.ts sets
 * AUTH_URL from it, which Auth.js uses as its base.
 */
import { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { cappedRequest, FORM_BODY_LIMIT, tooLarge } from "@/lib/server/body-limit";
import { isCrossSite } from "@/lib/server/same-origin";

/**
 * Auth.js's built-in pages (sign-in and sign-out forms, error, verify-request) and its provider
 * sign-in posts are not used here (the editor has its own forms and server actions): 404.
 */
const CLOSED = /^\/api\/auth\/(signin|signout|error|verify-request)(\/|$)/;
const closed = () =>
  new Response("Not found.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function GET(request: NextRequest) {
  if (CLOSED.test(request.nextUrl.pathname)) return closed();
  return handlers.GET(request);
}

export async function POST(request: NextRequest) {
  if (/^\/api\/auth\/(signin|error|verify-request)(\/|$)/.test(request.nextUrl.pathname)) return closed();
  if (isCrossSite(request)) {
    return new Response("Cross-site request refused.\n", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const capped = await cappedRequest(request, FORM_BODY_LIMIT);
  if (!capped) return tooLarge("This request is too large for a sign-in.");
  return handlers.POST(new NextRequest(capped));
}
