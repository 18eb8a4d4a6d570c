/**
 * The namespace of every cache key: the identity of the database this process serves and its
 * SITE_URL (set once at server start, lib/server/boot.ts). Until it is set — during `next build`,
 * and at start before the database answered — the handlers neither read nor store anything, so
 * a page rendered from no database, or from another one, is never kept.
 */
const state = (globalThis.__dispatchCacheNamespace ??= { value: undefined });

export function cacheNamespace() {
  return state.value;
}

export function setCacheNamespace(value) {
  state.value = value;
}
