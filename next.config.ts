import type { NextConfig } from "next";

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
};

export default nextConfig;
