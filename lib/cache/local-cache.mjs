/**
 * A byte-bounded LRU kept in process memory in front of Redis: a hit costs one small tag check
 * instead of fetching the whole entry again.
 */
export function createLocalCache(maxBytes) {
  const entries = new Map();
  let bytes = 0;
  return {
    get(key) {
      const hit = entries.get(key);
      if (!hit) return undefined;
      entries.delete(key);
      entries.set(key, hit);
      return hit.value;
    },
    set(key, value, size) {
      this.delete(key);
      if (size > maxBytes) return;
      entries.set(key, { value, size });
      bytes += size;
      for (const [oldest, entry] of entries) {
        if (bytes <= maxBytes) break;
        entries.delete(oldest);
        bytes -= entry.size;
      }
    },
    delete(key) {
      const hit = entries.get(key);
      if (!hit) return;
      entries.delete(key);
      bytes -= hit.size;
    },
  };
}
