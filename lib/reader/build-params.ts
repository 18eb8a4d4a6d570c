/**
 * What the dynamic reader routes prerender at build: one placeholder each, which renders a 404
 * and is never served (Next needs at least one entry under cacheComponents). The build reads no
 * database, so its time and size do not grow with the archive; every real page renders on its
 * first request and is then served from the cache.
 */
export const BUILD_PLACEHOLDER = "__none__";
