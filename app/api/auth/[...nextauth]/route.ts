/**
 * Auth.js's endpoints. Before Auth.js sees a POST (sign-in, sign-out), two checks of our own: a
 * request from another site is refused (Auth.js would refuse it later for its missing CSRF
 * cookie, with a redirect; this says so plainly), and the body is capped, since Auth.js reads it
 * whole.
 */
import { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { cappedRequest, FORM_BODY_LIMIT, tooLarge } from "@/lib/server/body-limit";
import { isCrossSite } from "@/lib/server/same-origin";

export const { GET } = handlers;

export async function POST(request: NextRequest) {
  if (isCrossSite(request)) {
    return new Response("Cross-site request refused.\n", { status: 403, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  const capped = await cappedRequest(request, FORM_BODY_LIMIT);
  if (!capped) return tooLarge("This request is too large for a sign-in.");
  return handlers.POST(new NextRequest(capped));
}
