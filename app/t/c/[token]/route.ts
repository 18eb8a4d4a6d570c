/**
 * GET /t/c/<send>.<subscriber>.<link>.<mac>?u=<url> — a tracked link of one recipient's issue
 * mail. The HMAC covers the target URL, so this is never an open redirect: a forged or altered
 * link answers 400 with a short page. A valid one redirects at once; the click is recorded
 * after the response and a failure there never keeps the reader from the target.
 */
import { clickTargetSchema, clickTokenSchema } from "@/model/send-stats";
import { verifyClick } from "@/lib/newsletter/tracking";
import { badLinkResponse, recordLater, TRACKING_HEADERS } from "@/lib/server/tracking-responses";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = clickTokenSchema.safeParse((await params).token);
  const target = clickTargetSchema.safeParse(new URL(request.url).searchParams.get("u"));
  if (!token.success || !target.success || !verifyClick(token.data, target.data)) return badLinkResponse();
  recordLater({ sendId: token.data.sendId, subscriberId: token.data.subscriberId, kind: "click", link: token.data.link });
  return new Response(null, { status: 302, headers: { ...TRACKING_HEADERS, Location: target.data } });
}
