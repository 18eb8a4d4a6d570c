import type { NextConfig } from "next";
import { SERVER_ACTION_BODY_LIMIT } from "./lib/limits";
import { securityHeaders } from "./lib/security-headers";

const siteIsHttps = (process.env.SITE_URL ?? "").startsWith("https://");
const dev = process.env.NODE_ENV === "development";

const nextConfig: NextConfig = {
  // Reader pages are prerendered and served from Next's cache; data is cached with "use cache".
  cacheComponents: true,
  partialPrefetching: true,
  // `npm run typecheck` checks the whole project (tests included) as its own CI step.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Native and WASM packages stay outside the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "proper-lockfile"],
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
      { source: "/api/:path*", headers: [{ key: "Cache-Control", value: "private, no-store" }] },
    ];
  },
};

export default nextConfig;
