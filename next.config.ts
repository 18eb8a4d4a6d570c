import path from "node:path";
import type { NextConfig } from "next";
import { SERVER_ACTION_BODY_LIMIT } from "./lib/limits";
import { PRIVATE_CACHE_CONTROL, readerCacheHeaders, STATIC_READER_PATHS } from "./lib/http-cache";

/**
 * Nothing here may depend on the content or on a setting that differs between installations:
 * one build serves any database and any SITE_URL. Security headers that depend on SITE_URL
 * (HSTS, upgrade-insecure-requests) are set per request (lib/server/request-context.ts).
 *
 * Next's caches are always our own handlers (lib/cache/): in process, and with REDIS_URL (read at
 * run time) in Redis, shared by every instance. Nothing rendered is kept in `.next/`.
 */
const caches: Partial<NextConfig> = {
  cacheHandler: path.join(process.cwd(), "lib/cache/isr-cache-handler.mjs"),
  cacheHandlers: {
    default: path.join(process.cwd(), "lib/cache/use-cache-handler.mjs"),
    remote: path.join(process.cwd(), "lib/cache/use-cache-handler.mjs"),
  },
  // The handlers keep their own in-process copy.
  cacheMaxMemorySize: 0,
};

const nextConfig: NextConfig = {
  // Reader pages are prerendered and served from Next's cache; data is cached with "use cache".
  cacheComponents: true,
  ...caches,
  partialPrefetching: true,
  // `npm run typecheck` checks the whole project (tests included) as its own CI step.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Compression happens before Next, in brotli or gzip (lib/server/compress.ts).
  compress: false,
  // Font and stylesheet preloads go in the page's <head>, where they are compressed, rather than in
  // a Link header: a prerendered page got that header twice (about 620 bytes, uncompressed, on
  // every page), and the head is in the first packet anyway.
  reactMaxHeadersLength: 0,
  // Native and WASM packages stay outside the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "proper-lockfile", "redis"],
  images: {
    localPatterns: [{ pathname: "/demo/**" }, { pathname: "/media/**" }],
  },
  typedRoutes: false,
  // The browsers in package.json's browserslist need none of the polyfills Next ships to every
  // client; Lighthouse flags them as legacy JavaScript.
  turbopack: {
    resolveAlias: {
      "next/dist/build/polyfills/polyfill-module": "./lib/client/no-polyfills.js",
      "../build/polyfills/polyfill-module": "./lib/client/no-polyfills.js",
    },
  },
  experimental: {
    // Actions carry forms and issue drafts, never files (uploads have their own route and cap):
    // see lib/limits.ts. The proxy buffers at most as much, since only action posts pass it with a body.
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT },
    proxyClientMaxBodySize: SERVER_ACTION_BODY_LIMIT,
    // app/global-not-found.tsx answers unmatched URLs, so the root layout carries no not-found tree.
    globalNotFound: true,
  },
  async headers() {
    return [
      // Signed-in pages and anything with personal data must never sit in a shared cache.
      { source: "/editor/:path*", headers: [{ key: "Cache-Control", value: "private, no-store" }] },
      { source: "/editor", headers: [{ key: "Cache-Control", value: "private, no-store" }] },
      { source: "/api/:path*", headers: [{ key: "Cache-Control", value: PRIVATE_CACHE_CONTROL }] },
      // Open pixels and tracked links: one answer per recipient, never kept.
      { source: "/t/:path+", headers: [{ key: "Cache-Control", value: PRIVATE_CACHE_CONTROL }] },
      // Reader pages a shared cache may keep, with their cache tags (lib/http-cache.ts); the
      // slug pages get theirs from proxy.ts. Confirm/unsubscribe pages carry a personal token.
      ...STATIC_READER_PATHS.map((source) => ({
        source,
        headers: Object.entries(readerCacheHeaders(source)).map(([key, value]) => ({ key, value })),
      })),
      { source: "/newsletter/:path+", headers: [{ key: "Cache-Control", value: PRIVATE_CACHE_CONTROL }] },
    ];
  },
};

export default nextConfig;
