/**
 * Headers a browser never reads, taken off pages before they are sent. A phone's first round trip
 * carries about 14.6 KB, headers included, and a page that fits arrives a round trip sooner
 * (docs/performance.md), so every line counts:
 * - `x-nextjs-cache`, `x-nextjs-prerender` and `x-nextjs-stale-time` on HTML: Next's notes on how
 *   it answered. The client router reads the stale time from its own payload requests
 *   (text/x-component), which keep it.
 * - `xkey`, the page's cache tags, and `x-nextjs-postponed`, Next's mark on a page's first render
 *   (which Varnish does not keep: deploy/varnish/default.vcl), when no Varnish is configured
 *   (VARNISH_URL) to read them.
 */
import type http from "node:http";
import onHeaders from "on-headers";

const NEXT_NOTES = ["x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time"];

export function dropUnreadHeaders(res: http.ServerResponse, options: { varnish: boolean }): void {
  onHeaders(res, function (this: http.ServerResponse) {
    if (!options.varnish) {
      this.removeHeader("xkey");
      this.removeHeader("x-nextjs-postponed");
    }
    if (!String(this.getHeader("Content-Type") ?? "").startsWith("text/html")) return;
    for (const name of NEXT_NOTES) this.removeHeader(name);
  });
}
