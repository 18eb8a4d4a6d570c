import path from "node:path";
import type { NextConfig } from "next";
import { SERVER_ACTION_BODY_LIMIT } from "./lib/limits";
import { PRIVATE_CACHE_CONTROL, readerCacheHeaders, STATIC_READER_PATHS } from "./lib/http-cache";
import { securityHeaders } from "./lib/security-headers";

const siteIsHttps = (process.env.SITE_URL ?? "").startsWith("https://");
const dev = process.env.NODE_ENV === "development";

/**
 * With REDIS_URL (set for the build and at run time), Next's caches live in Redis, shared by
 * every instance (lib/cache/); without it, Next's in-process defaults stay, with no Redis at all.
 */
const redisCaches: Partial<NextConfig> = process.env.REDIS_URL
  ? {
      cacheHandler: path.join(process.cwd(), "lib/cache/isr-cache-handler.mjs"),
      cacheHandlers: {
        default: path.join(process.cwd(), "lib/cache/use-cache-handler.mjs"),
        remote: path.join(process.cwd(), "lib/cache/use-cache-handler.mjs"),
      },
      // The handlers keep their own in-process copy in front of Redis.
      cacheMaxMemorySize: 0,
    }
  : {};

const nextConfig: NextConfig = {
  // Reader pages are prerendered and served from Next's cache; data is cached with "use cache".
  cacheComponents: true,
  ...redisCaches,
  partialPrefetching: true,
  // `npm run typecheck` checks the whole project (tests included) as its own CI step.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Native and WASM packages stay outside the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "proper-lockfile", "redis"],
  images: {
    localPatterns: [{ pathname: "/demo/**" }, { pathname: "/media/**" }],
  },
  typedRoutes: false,
  experimental: {
    // Actions carry forms and issue drafts, never files (uploads have their own route and cap):
    // see lib/limits.ts. The proxy buffers at most as much, since only action posts pass it with a body.
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT },
    proxyClientMaxBodySize: SERVER_ACTION_BODY_LIMIT,
  },
  async headers() {
    return [
      { source: "/((?!editor|media/).*)", headers: securityHeaders({ dev, https: siteIsHttps }) },
      // Uploads get their own policy (the site's would override the route's sandbox).
      { source: "/media/:path*", headers: securityHeaders({ dev, https: siteIsHttps, area: "media" }) },
      // Signed-in pages and anything with personal data must never sit in a shared cache.
      {
        source: "/editor/:path*",
        headers: [...securityHeaders({ dev, https: siteIsHttps, area: "editor" }), { key: "Cache-Control", value: "private, no-store" }],
      },
      { source: "/editor", headers: [...securityHeaders({ dev, https: siteIsHttps, area: "editor" }), { key: "Cache-Control", value: "private, no-store" }] },
      { source: "/api/:path*", headers: [{ key: "Cache-Control", value: PRIVATE_CACHE_CONTROL }] },
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
