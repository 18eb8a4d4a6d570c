/**
 * Brotli at its best quality (11) for the pages that do not change between requests, done once
 * per version of a page, off the event loop, and kept.
 *
 * Why: on a phone the first round trip of a new connection carries about 14.6 KB (ten TCP
 * segments); a page whose compressed HTML and headers fit in it arrives one round trip sooner. The
 * February 2025 issue is 16.4 KB at the quality the live compression uses (5) and 14.2 KB at 11.
 * Quality 11 costs about 100 ms of CPU for that page, too much per request, nothing once.
 *
 * How: a response Next hands over whole (a single `end()` with a body and an ETag: a prerendered
 * or cached page) is looked up by the SHA-256 of its bytes. Found, the stored brotli goes out.
 * Not found, it goes out at quality 5 as before, and the same bytes are queued for quality 11 on
 * libuv's thread pool, one at a time, so a crawler walking the archive cannot take both cores.
 * Keyed by content, not by URL or ETag, a stored body can only ever be that body.
 *
 * Behind a shared cache (Varnish) a miss waits for quality 11 instead (`compress`): the cache
 * keeps what it is sent, so it pays the 100 ms once per version of a page, for every reader after.
 */
import { createHash } from "node:crypto";
import { brotliCompress, constants } from "node:zlib";

export type BestBrotliOptions = {
  /** Bytes of compressed bodies kept; the least recently used go first. */
  maxBytes: number;
  /** Bodies waiting for their turn; beyond this, one is compressed when it is asked for again. */
  maxQueued: number;
};

export const BEST_BROTLI: BestBrotliOptions = { maxBytes: 32 * 1024 * 1024, maxQueued: 32 };

/** Bodies smaller than this gain too little; larger ones would hold the thread pool too long. */
export const BEST_BROTLI_BODY = { min: 1024, max: 1024 * 1024 };

export type BestBrotli = {
  /** The stored quality-11 body for these bytes, or undefined after queueing them for one. */
  lookup(body: Buffer): Buffer | undefined;
  /** The quality-11 body for these bytes: the stored one, or compressed now (and stored). */
  compress(body: Buffer): Promise<Buffer>;
  /** Resolves when nothing is queued or compressing (tests and benchmarks wait on it). */
  idle(): Promise<void>;
  stats(): { entries: number; bytes: number; queued: number };
};

export function createBestBrotli(options: BestBrotliOptions = BEST_BROTLI): BestBrotli {
  // A Map iterates in insertion order: re-inserting on a hit keeps the oldest first.
  const stored = new Map<string, Buffer>();
  let storedBytes = 0;
  const queue = new Map<string, Buffer>();
  let running = false;
  let waiters: (() => void)[] = [];

  const compressing = new Map<string, Promise<Buffer>>();

  const keyOf = (body: Buffer) => createHash("sha256").update(body).digest("base64");

  const best = (body: Buffer, done: (error: Error | null, compressed: Buffer) => void) =>
    brotliCompress(
      body,
      {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      },
      done,
    );

  function hit(key: string): Buffer | undefined {
    const found = stored.get(key);
    if (found) {
      stored.delete(key);
      stored.set(key, found);
    }
    return found;
  }

  function store(key: string, compressed: Buffer) {
    if (compressed.length > options.maxBytes) return;
    const old = stored.get(key);
    if (old) {
      stored.delete(key);
      storedBytes -= old.length;
    }
    stored.set(key, compressed);
    storedBytes += compressed.length;
    for (const [oldKey, old] of stored) {
      if (storedBytes <= options.maxBytes) break;
      stored.delete(oldKey);
      storedBytes -= old.length;
    }
  }

  function next() {
    const first = queue.entries().next();
    if (first.done) {
      running = false;
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
      return;
    }
    running = true;
    const [key, body] = first.value;
    best(body, (error, compressed) => {
      queue.delete(key);
      // A failure leaves the page on live compression, which is what it had before.
      if (!error) store(key, compressed);
      next();
    });
  }

  return {
    lookup(body) {
      const key = keyOf(body);
      const found = hit(key);
      if (found) return found;
      if (!queue.has(key) && queue.size < options.maxQueued) {
        queue.set(key, Buffer.from(body));
        if (!running) next();
      }
      return undefined;
    },
    compress(body) {
      const key = keyOf(body);
      const found = hit(key);
      if (found) return Promise.resolve(found);
      let pending = compressing.get(key);
      if (!pending) {
        pending = new Promise<Buffer>((resolve, reject) =>
          best(body, (error, compressed) => {
            compressing.delete(key);
            if (error) return reject(error);
            store(key, compressed);
            resolve(compressed);
          }),
        );
        compressing.set(key, pending);
      }
      return pending;
    },
    idle() {
      return running ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve();
    },
    stats: () => ({ entries: stored.size, bytes: storedBytes, queued: queue.size }),
  };
}
