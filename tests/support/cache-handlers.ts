/**
 * The cache handlers of lib/cache/ as a fresh process would load them (a new module graph), and
 * entries shaped as Next hands them over. The handlers' real signatures take Next's internal
 * context types; tests pass the fields the handlers read.
 */
import { vi } from "vitest";

export type UseCacheHandler = {
  get: (key: string, softTags: string[]) => Promise<{ value: ReadableStream<Uint8Array>; tags: string[] } | undefined>;
  set: (key: string, entry: Promise<unknown>) => Promise<void>;
  updateTags: (tags: string[], durations?: { expire?: number }) => Promise<void>;
};
export type IsrHandler = {
  get: (key: string, ctx: object) => Promise<{ lastModified: number; value: unknown } | null>;
  set: (key: string, data: unknown, ctx: object) => Promise<void>;
  revalidateTag: (tags: string | string[]) => Promise<void>;
};

/** A new instance: fresh modules, so nothing is shared but what lives on globalThis (and Redis). */
export async function cacheInstance() {
  vi.resetModules();
  const useCache = (await import("@/lib/cache/use-cache-handler.mjs")).default as unknown as UseCacheHandler;
  const Isr = (await import("@/lib/cache/isr-cache-handler.mjs")).default as unknown as new (ctx: object) => IsrHandler;
  return { useCache, isr: new Isr({ serverDistDir: "/nonexistent/server" }) };
}

/** A "use cache" entry holding `text`. */
export const cacheEntry = (text: string, tags: string[]) =>
  Promise.resolve({
    value: new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode(text)), c.close()) }),
    tags,
    stale: 300,
    timestamp: Date.now(),
    expire: 3600,
    revalidate: 3600,
  });

export const streamText = async (stream: ReadableStream<Uint8Array>) => new Response(stream).text();
export const tick = () => new Promise((r) => setTimeout(r, 5));
