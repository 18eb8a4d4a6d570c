/**
 * Server action posts, before Next reads them: one from another site is refused with a 403 that
 * says so (Next would answer a bare 500), and one that declares a body over the action limit
 * with a 413 (Next would also answer 500, after reading up to the limit). The actions still
 * check the session and role themselves.
 */
import { NextResponse, type NextRequest } from "next/server";
import { SERVER_ACTION_BODY_BYTES, SERVER_ACTION_BODY_LIMIT } from "@/lib/limits";
import { declaresMoreThan } from "@/lib/server/body-limit";
import { isCrossSite } from "@/lib/server/same-origin";
import { databaseAnswers, unavailable } from "./unavailable";

/** A fetch action (Next-Action header) or a no-JavaScript form post (multipart) that Next may treat as one. */
function isPossibleServerAction(request: NextRequest): boolean {
  return (
    request.method === "POST" &&
    (request.headers.has("next-action") || (request.headers.get("content-type") ?? "").startsWith("multipart/form-data"))
  );
}

/** For every request, whatever its area: the refusal of a cross-site or oversized action post, or null. */
export function serverActionRefusal(request: NextRequest): NextResponse | null {
  if (!isPossibleServerAction(request)) return null;
  const text = (body: string, status: number) =>
    new NextResponse(`${body}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  if (isCrossSite(request)) return text("Cross-site request refused: this form can only be sent from this site.", 403);
  if (declaresMoreThan(request, SERVER_ACTION_BODY_BYTES))
    return text(`This form is too large to send (at most ${SERVER_ACTION_BODY_LIMIT.toUpperCase()}).`, 413);
  return null;
}

/** Posts outside the editor are server actions (the signup form): a clear 503 while the database is down. */
export async function readerPostProxy(): Promise<NextResponse> {
  return (await databaseAnswers()) ? NextResponse.next() : unavailable();
}
