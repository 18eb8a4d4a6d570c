/**
 * When the reader lists (issues, categories, authors, events) were last invalidated, for the
 * path guard (lib/server/path-guard.ts): noted by this process in lib/revalidate.ts, and with
 * REDIS_URL read from the shared tag manifest, so a change made on another instance counts too.
 */
import { tags } from "@/lib/cache-tags";

/** The latest invalidation of the reader lists, in ms. */
export type ListsChangedAt = () => number | Promise<number>;

const NOTE = "__dispatchReaderListsChangedAt";

/** Notes, in this process, that the reader lists changed. */
export function noteReaderListsChanged(): void {
  (globalThis as Record<string, unknown>)[NOTE] = Date.now();
}

/** This process's own note: enough with one instance. */
export const localListsChangedAt: ListsChangedAt = () => ((globalThis as Record<string, unknown>)[NOTE] as number | undefined) ?? 0;

/** This process's note or any instance's invalidation in Redis, whichever is later. */
export async function sharedListsChangedAt(): Promise<ListsChangedAt> {
  const { latestInvalidation } = await import("@/lib/cache/redis-store.mjs");
  const listTags = [tags.issueLists, tags.categories, tags.authors, tags.events];
  return async () => {
    const shared = await latestInvalidation(listTags);
    // Redis unreachable (Infinity): fall back to this process's note rather than reload per request.
    return Math.max(localListsChangedAt() as number, Number.isFinite(shared) ? shared : 0);
  };
}
