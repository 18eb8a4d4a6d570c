/**
 * GET /t/o/<send>.<subscriber>.<mac> — the open pixel of one recipient's issue mail. A signed
 * token counts one open (approximate: Apple Mail fetches every image when mail arrives); anything
 * else is a 400. Always uncached; no address or user agent is kept.
 */
import { openTokenSchema } from "@/model/send-stats";
import { verifyOpen } from "@/lib/newsletter/tracking";
import { badLinkResponse, pixelResponse, recordLater } from "@/lib/server/tracking-responses";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = openTokenSchema.safeParse((await params).token);
  if (!token.success || !verifyOpen(token.data)) return badLinkResponse();
  recordLater({ sendId: token.data.sendId, subscriberId: token.data.subscriberId, kind: "open" });
  return pixelResponse();
}
