/**
 * Next's `cacheHandlers` ("use cache"), always wired in next.config.ts. Entries live in a small
 * in-process LRU and, with REDIS_URL, in Redis (shared by every instance); every read checks the
 * entry's tags and the request's soft tags against the tag manifest (redis-store.mjs), so an
 * invalidation on one instance is seen by the next read on any other.
 */
import { cacheClock, entryKey, invalidateTags, isInvalidatedSince, readEntry, writeEntry } from "./redis-store.mjs";
import { createLocalCache } from "./local-cache.mjs";

const local = createLocalCache(64 * 1024 * 1024);
const pendingSets = new Map();

function streamOf(buffer) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(buffer));
      controller.close();
    },
  });
}

async function bufferOf(stream) {
  const chunks = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** An entry is usable until its revalidate time (like Next's own in-memory handler) and while no tag was invalidated after it. */
async function usable(stored, softTags) {
  const { meta } = stored;
  if (cacheClock() > meta.timestamp + meta.revalidate * 1000) return false;
  return !(await isInvalidatedSince([...meta.tags, ...softTags], meta.timestamp));
}

const handler = {
  async get(cacheKey, softTags) {
    await pendingSets.get(cacheKey);
    const key = entryKey("uc", cacheKey);
    if (!key) return undefined;
    let stored = local.get(key);
    if (!stored || !(await usable(stored, softTags))) {
      // Another instance may hold a newer entry than this process.
      const remote = await readEntry(key);
      if (!remote || (stored && remote.meta.timestamp <= stored.meta.timestamp) || !(await usable(remote, softTags))) {
        local.delete(key);
        return undefined;
      }
      stored = remote;
      local.set(key, stored, stored.value.byteLength);
    }
    return { ...stored.meta, value: streamOf(stored.value) };
  },

  async set(cacheKey, pendingEntry) {
    const key = entryKey("uc", cacheKey);
    if (!key) {
      // No namespace (the build, or before the database answered): keep nothing.
      await pendingEntry.then((entry) => entry.value?.cancel?.()).catch(() => {});
      return;
    }
    let done = () => {};
    pendingSets.set(cacheKey, new Promise((resolve) => (done = resolve)));
    try {
      const entry = await pendingEntry;
      const value = await bufferOf(entry.value);
      // expire 0 marks a dynamic entry that is regenerated on every read: nothing to keep.
      if (entry.expire === 0) return;
      const meta = { ...entry };
      delete meta.value;
      const stored = { meta, value };
      local.set(key, stored, value.byteLength);
      await writeEntry(key, stored, meta.expire);
    } catch {
      // A failed render or stream: store nothing, the next read renders again.
    } finally {
      done();
      pendingSets.delete(cacheKey);
    }
  },

  async refreshTags() {
    // Tags are checked against Redis on every read; nothing to sync up front.
  },

  async getExpiration() {
    // Infinity: Next passes the soft tags to get(), which checks them against Redis itself.
    return Infinity;
  },

  async updateTags(tags, durations) {
    await invalidateTags(tags, durations);
  },
};

export default handler;
