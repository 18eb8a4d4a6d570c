/**
 * Response compression, in place of Next's own (`compress: false` in next.config.ts): Next's
 * copy of the `compression` middleware speaks gzip only; this one (compression 1.8, the same
 * maintained middleware) answers brotli to a browser that takes it, gzip to one that does not.
 * A reader page's HTML is about a third smaller in brotli at quality 5 (the issue page 26.4 →
 * 18.0 KB), and `npm run load` showed no cost. Streamed pages stay streamed: Next calls the `res.flush()` the
 * middleware adds after each chunk.
 *
 * A page Next hands over whole (prerendered or cached) goes out at brotli's best quality once it
 * has been compressed that way, in the background (./best-brotli.ts).
 */
import compression from "compression";
import type http from "node:http";
import { Duplex } from "node:stream";
import { constants } from "node:zlib";
import { BEST_BROTLI_BODY, createBestBrotli, type BestBrotli } from "./best-brotli";

const middleware = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } } });
const noop = () => {};
const WHOLE_BODY_TYPES = /^(text\/html|text\/x-component|application\/xml|application\/rss\+xml|text\/xml)\b/;

let processBest: BestBrotli | undefined;

/** The process's store of best-quality bodies (created on first use). */
export function bestBrotli(): BestBrotli {
  return (processBest ??= createBestBrotli());
}

/** Whether the client takes brotli (`br` listed without q=0). */
export function acceptsBrotli(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  return value.split(",").some((part) => {
    const [name, ...params] = part.trim().split(";");
    if (name.trim().toLowerCase() !== "br") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return !q || Number(q.slice(2)) > 0;
  });
}

export type CompressOptions = {
  /**
   * A whole page not yet stored waits for its best brotli rather than going out at quality 5:
   * for a server behind Varnish, which keeps what it is sent (lib/server/best-brotli.ts).
   */
  waitForBest: boolean;
  best: BestBrotli;
};

export function compressResponse(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  { waitForBest = false, best = bestBrotli() }: Partial<CompressOptions> = {},
): void {
  // Typed for Express; it only reads headers and wraps write/end/on, which Node's objects have.
  middleware(req as never, res as never, noop);
  if (req.method === "GET" && acceptsBrotli(req.headers["accept-encoding"])) serveBestWhenWhole(res, { waitForBest, best });
  // A client that leaves mid-response leaves the middleware's zlib stream open (it ends it only
  // from res.end), and it outlives the request; the middleware hands that stream back from
  // res.on("drain"), so a response closed unfinished destroys it.
  res.once("close", () => {
    if (res.writableFinished) return;
    const stream: unknown = res.on("drain", noop);
    if (stream === res || !(stream instanceof Duplex)) {
      res.off("drain", noop);
      return;
    }
    stream.destroy();
  });
}

/**
 * Wraps the middleware's write and end: a response that starts with write() is a stream and is
 * left to the middleware; one whose first call is end(body), with an ETag, is a whole page.
 */
function serveBestWhenWhole(res: http.ServerResponse, { waitForBest, best }: CompressOptions): void {
  const write = res.write;
  const end = res.end;
  const restore = () => {
    res.write = write;
    res.end = end;
  };
  res.write = function (this: http.ServerResponse, ...args: Parameters<typeof write>) {
    restore();
    return write.apply(this, args);
  } as typeof write;
  res.end = function (this: http.ServerResponse, ...args: unknown[]) {
    restore();
    const [chunk, encoding] = args;
    const passOn = () => (end as (...a: unknown[]) => http.ServerResponse).apply(res, args);
    // The headers decide first, so an answer that is not a whole page is never copied.
    if (!isWholePage(res)) return passOn();
    const body =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.isBuffer(chunk)
          ? chunk
          : undefined;
    if (!body || body.length < BEST_BROTLI_BODY.min || body.length > BEST_BROTLI_BODY.max) return passOn();
    const callback = args.find((a) => typeof a === "function");
    const send = (stored: Buffer) => {
      if (res.destroyed) return res;
      // Marked as encoded, the middleware passes the body through untouched (and adds Vary).
      res.setHeader("Content-Encoding", "br");
      res.setHeader("Content-Length", stored.length);
      return (end as (...a: unknown[]) => http.ServerResponse).call(res, stored, ...(callback ? [callback] : []));
    };
    if (waitForBest) {
      best.compress(body).then(send, passOn);
      return res;
    }
    const stored = best.lookup(body);
    return stored ? send(stored) : passOn();
  } as typeof end;
}

/** Whether the headers say this is a whole page (its body is checked for size after). */
function isWholePage(res: http.ServerResponse): boolean {
  if (res.headersSent || res.statusCode !== 200 || !res.getHeader("ETag")) return false;
  if (res.getHeader("Content-Encoding") || /no-transform/.test(String(res.getHeader("Cache-Control") ?? ""))) return false;
  return WHOLE_BODY_TYPES.test(String(res.getHeader("Content-Type") ?? ""));
}
