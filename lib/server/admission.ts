/**
 * Admission control in front of Next's request handler: at most `limit` requests are handled at
 * once; the rest wait in arrival order, and one that has waited `maxWaitMs` is answered at once
 * with a short 503 and Retry-After instead of timing out.
 *
 * Why: with 100 clients on 2 cores Next took every request as it arrived and worked on all of
 * them together. Each then held its turn on the event loop (renders, PGlite's queries on the same
 * thread) for so long that some waited more than 10 s while others were served in 200 ms: `npm run
 * load` ended with client timeouts although nothing had failed. In arrival order, with the
 * machine's work split among a few requests at a time, every request waits about as long as
 * the others, and the slowest stay far below a client's patience.
 */
import type http from "node:http";

export type Admission = {
  /** Runs `handle` now or when a slot frees up; answers 503 if that takes longer than allowed. */
  admit: (res: http.ServerResponse, handle: () => void) => void;
  stats: () => { active: number; waiting: number; shed: number };
};

/** The heading of the page a shed request gets (the fault drill tells it from a database 503). */
export const BUSY_TITLE = "Too many readers at once";

/** The page a shed request gets: small, uncached, and it says when to try again. */
const BUSY_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Busy</title>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5">
<h1>${BUSY_TITLE}</h1><p>The server is busy right now. Please try again in a few seconds.</p></body></html>\n`;

export function createAdmission({
  limit,
  maxWaitMs,
  retryAfterSeconds = 2,
}: {
  limit: number;
  maxWaitMs: number;
  retryAfterSeconds?: number;
}): Admission {
  let active = 0;
  let shed = 0;
  type Waiter = { res: http.ServerResponse; handle: () => void; timer: NodeJS.Timeout };
  const waiting: Waiter[] = [];

  const start = (res: http.ServerResponse, handle: () => void) => {
    active += 1;
    // "close" fires once the answer is sent and also when the client gave up first.
    res.once("close", () => {
      active -= 1;
      next();
    });
    handle();
  };

  const next = () => {
    while (active < limit && waiting.length > 0) {
      const waiter = waiting.shift()!;
      clearTimeout(waiter.timer);
      if (!waiter.res.destroyed) start(waiter.res, waiter.handle);
    }
  };

  const refuse = (waiter: Waiter) => {
    const i = waiting.indexOf(waiter);
    if (i >= 0) waiting.splice(i, 1);
    shed += 1;
    const { res } = waiter;
    if (res.destroyed || res.headersSent) return;
    res.writeHead(503, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": Buffer.byteLength(BUSY_PAGE),
      "Retry-After": String(retryAfterSeconds),
      "Cache-Control": "no-store",
    });
    res.end(BUSY_PAGE);
  };

  return {
    admit(res, handle) {
      if (active < limit) return start(res, handle);
      const waiter: Waiter = { res, handle, timer: undefined as unknown as NodeJS.Timeout };
      waiter.timer = setTimeout(() => refuse(waiter), maxWaitMs);
      waiting.push(waiter);
      // A client that leaves while waiting gives its place up.
      res.once("close", () => {
        const i = waiting.indexOf(waiter);
        if (i >= 0) {
          waiting.splice(i, 1);
          clearTimeout(waiter.timer);
        }
      });
    },
    stats: () => ({ active, waiting: waiting.length, shed }),
  };
}
