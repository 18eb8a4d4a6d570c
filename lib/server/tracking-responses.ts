/**
 * What the tracking routes answer. Recording runs after the response (next/server `after`), and
 * its failure is only logged: a reader always gets the pixel or lands on the link's target, even
 * when the database is slow or down.
 */
import "server-only";
import { after } from "next/server";
import { recordSendEvent } from "@/db/queries/send-events";
import { errorMessage, log } from "@/lib/log";
import { limitedPage } from "./limited-page";

/** Nothing here may be stored by a browser, a proxy or Varnish, nor indexed. */
export const TRACKING_HEADERS = {
  "Cache-Control": "private, no-store, max-age=0",
  "X-Robots-Tag": "noindex, nofollow",
  "Referrer-Policy": "no-referrer",
};

/** A transparent 1×1 PNG (PNG rather than GIF: mail images are PNG, JPEG or WebP throughout). */
const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAADUlEQVQImWNgYGBgAAAABQABh6FO1AAAAABJRU5ErkJggg==",
  "base64",
);

export function pixelResponse(): Response {
  return new Response(new Uint8Array(PIXEL), {
    headers: { ...TRACKING_HEADERS, "Content-Type": "image/png", "Content-Length": String(PIXEL.length) },
  });
}

export function badLinkResponse(): Response {
  const body = limitedPage(
    "This link is not valid",
    "The link is incomplete or was changed, so it leads nowhere. Open the issue from the site instead.",
  );
  return new Response(body, { status: 400, headers: { ...TRACKING_HEADERS, "Content-Type": "text/html; charset=utf-8" } });
}

export function recordLater(event: Parameters<typeof recordSendEvent>[0]): void {
  const record = () =>
    recordSendEvent(event).catch((err) => {
      log.warn({ err: errorMessage(err), kind: event.kind }, "tracking event not recorded");
    });
  try {
    after(record);
  } catch {
    // Outside a request scope (a handler called directly): record without holding the answer.
    void record();
  }
}
