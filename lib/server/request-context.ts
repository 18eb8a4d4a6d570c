/**
 * Runs for every HTTP request before Next sees it, in the server process:
 *
 * - The client address. Next fills X-Forwarded-For from the socket only when the header is
 *   absent, so a client talking to us directly could choose its own rate-limit bucket. Here the
 *   header is rewritten to the one address we can trust: the socket address, or with
 *   TRUST_PROXY=N the entry N hops back along the chain the N proxies in front of us appended.
 * - X-Forwarded-Host and X-Forwarded-Proto are dropped unless TRUST_PROXY names a proxy.
 * - A request id: a fresh UUID (or, behind a trusted proxy, the proxy's X-Request-Id when it is
 *   well formed), sent back as X-Request-Id and carried by every log line of the request.
 * - One access-log line per request, with the path only: query strings can hold tokens.
 * - The security headers (lib/security-headers.ts), from this process's SITE_URL: HSTS and
 *   upgrade-insecure-requests only when it is https, whatever the build saw.
 * - Admission (lib/server/admission.ts): a few requests at a time in arrival order, a fast 503
 *   for one that waited too long. Health probes and a page's sub-resources skip the line.
 * - The build's scripts and stylesheets in brotli, to a browser that takes it
 *   (lib/server/precompressed-static.ts); everything else compressed on the fly (./compress.ts).
 * - Headers no browser reads taken off (./unread-headers.ts).
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import { env } from "@/lib/env";
import { log, requestContext } from "@/lib/log";
import { areaOf, securityHeadersByArea } from "@/lib/security-headers";
import { createAdmission } from "./admission";
import { compressResponse } from "./compress";
import { loadPrecompressed, servePrecompressed } from "./precompressed-static";
import { dropUnreadHeaders } from "./unread-headers";

/** The client address for a forwarded chain plus the socket's peer, trusting `hops` proxies. */
export function clientFromChain(forwardedFor: string | undefined, socketAddress: string | undefined, hops: number): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= 64);
  chain.push(socketAddress ?? "unknown");
  return chain[Math.max(0, chain.length - 1 - hops)];
}

const QUIET_PATHS = new Set(["/api/health", "/api/cron/publish-due"]);

/**
 * Requests handled at once, and how long one may wait for its turn. The server's JavaScript runs
 * on one thread (PGlite's queries too), so a few requests in flight keep it busy; with 8 or 100 a
 * request took far longer to handle and the slowest waited > 10 s (`npm run load`, 2 cores). The
 * wait stays well below a client's 10 s so that the handling fits in the rest.
 */
export const ADMISSION = { limit: 4, maxWaitMs: 4_000 };

/**
 * What skips the line: load balancer probes, and a page's own sub-resources (build files, optimized
 * images, uploaded media), so a page that was let in never shows broken images or scripts.
 */
function skipsTheLine(path: string): boolean {
  return QUIET_PATHS.has(path) || path.startsWith("/_next/") || path.startsWith("/media/");
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFrom(incoming: string | string[] | undefined, trustProxy: boolean): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return trustProxy && value && REQUEST_ID.test(value) ? value : randomUUID();
}

let installed = false;

export function installRequestContext(trustedHops: number): void {
  if (installed) return;
  installed = true;
  const headersByArea = securityHeadersByArea({
    dev: process.env.NODE_ENV === "development",
    https: env().SITE_URL.startsWith("https://"),
  });
  const admission = createAdmission(ADMISSION);
  const varnish = Boolean(env().VARNISH_URL);
  // The dev server builds on the fly and has no .br files.
  const precompressed = process.env.NODE_ENV === "development" ? new Map() : loadPrecompressed();
  const emit = http.Server.prototype.emit as (this: http.Server, event: string, ...args: unknown[]) => boolean;
  // Patching emit (not adding a listener) is the one way to run before Next's own listener.
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      const forwarded = req.headers["x-forwarded-for"];
      req.headers["x-forwarded-for"] = clientFromChain(
        Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
        req.socket.remoteAddress,
        trustedHops,
      );
      // The host and scheme a proxy names are believed only when a proxy is trusted; otherwise a
      // client could name any host for the origin checks (Next fills them in from the socket).
      if (trustedHops === 0) {
        delete req.headers["x-forwarded-host"];
        delete req.headers["x-forwarded-proto"];
      }
      const id = requestIdFrom(req.headers["x-request-id"], trustedHops > 0);
      req.headers["x-request-id"] = id;
      res.setHeader("X-Request-Id", id);
      // The scheduler's own ticks and health probes would drown the log at info: debug for them.
      const path = (req.url ?? "").split("?")[0].slice(0, 300);
      for (const header of headersByArea[areaOf(path)]) res.setHeader(header.key, header.value);
      const level = QUIET_PATHS.has(path) ? "debug" : "info";
      const started = process.hrtime.bigint();
      let waited: number | undefined;
      if (log.isLevelEnabled(level)) {
        // "close" also fires for a response the client gave up on, which "finish" would miss.
        res.once("close", () => {
          log[level](
            {
              reqId: id,
              method: req.method,
              path,
              status: res.statusCode,
              ms: Number((process.hrtime.bigint() - started) / 100_000n) / 10,
              // Time spent waiting for its turn (admission), when it had to wait.
              ...(waited ? { waitedMs: waited } : {}),
              ...(res.writableFinished ? {} : { unfinished: true }),
            },
            "request",
          );
        });
      }
      const handle = () => {
        const ms = Number((process.hrtime.bigint() - started) / 100_000n) / 10;
        if (ms >= 1) waited = ms;
        compressResponse(req, res, { waitForBest: varnish });
        dropUnreadHeaders(res, { varnish });
        return requestContext.run({ reqId: id }, () => emit.call(this, event, ...args));
      };
      if (skipsTheLine(path)) return servePrecompressed(precompressed, req, res, path) || handle();
      admission.admit(res, handle);
      return true;
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}
