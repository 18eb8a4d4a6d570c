/**
 * Response headers for every route, set per request before Next sees it
 * (lib/server/request-context.ts), because HSTS and upgrade-insecure-requests depend on the
 * SITE_URL this process serves, not on the one the build saw.
 *
 * The CSP is as strict as prerendered, cached pages allow: Next writes page data as inline
 * scripts that differ per page, and a nonce would force every page to render per request
 * (measured ten times slower here), so scripts are limited to this origin plus inline, and the
 * real XSS defence stays where it is (React escaping, the sanitizing Markdown renderer, http(s)-only
 * links). Everything else is shut: no plugins, no <base> hijacking, no framing, forms post only
 * here, and nothing is loaded from another origin.
 */
type Header = { key: string; value: string };

/**
 * `editor` pages may frame each other (the live preview is a same-origin iframe of the preview
 * page); nothing else may frame anything, and no page may be framed by another site.
 */
export type Area = "reader" | "editor" | "media" | "build";

export function contentSecurityPolicy(dev: boolean, https: boolean, area: Area = "reader"): string {
  // Uploaded files are data, never documents: opened directly they run nothing, load nothing and
  // sit in a sandbox (an image that is also valid HTML stays inert).
  if (area === "media") return "default-src 'none'; sandbox; frame-ancestors 'none'";
  // Fonts, fetches, media and the manifest fall back to default-src 'self', which is what they
  // would say: not writing them keeps every page's headers about 80 bytes shorter, which counts
  // when a page and its headers must fit the first round trip (docs/performance.md).
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    ...(dev ? ["connect-src 'self' ws:"] : []),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    area === "editor" ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
    area === "editor" ? "frame-src 'self'" : "frame-src 'none'",
    "worker-src 'self' blob:",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function securityHeaders(options: { dev: boolean; https: boolean; area?: Area }): Header[] {
  const hsts = options.https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : [];
  // The build's scripts, stylesheets and fonts are never documents: a policy, framing rule or
  // permission on them governs nothing, but the ~900 bytes came with each of a page's 14 of them
  // (11 KiB a page over HTTP/1.1). nosniff is what still applies: a script runs only as a script.
  if (options.area === "build") return [{ key: "X-Content-Type-Options", value: "nosniff" }];
  // Images (uploads, the demo's, optimized ones) opened on their own are sandboxed documents that
  // run and load nothing, can be framed by nobody and have no origin: the sandboxing policy and
  // nosniff cover what the rest of the reader set would, in a tenth of the bytes (a category page
  // shows 12 covers).
  if (options.area === "media")
    return [
      { key: "Content-Security-Policy", value: contentSecurityPolicy(options.dev, options.https, "media") },
      { key: "X-Content-Type-Options", value: "nosniff" },
      ...hsts,
    ];
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options.dev, options.https, options.area) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: options.area === "editor" ? "SAMEORIGIN" : "DENY" },
    {
      key: "Permissions-Policy",
      value:
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...hsts,
  ];
}

const BUILD_FILE = /\.(?:js|css|woff2)$/;
const IMAGE_FILE = /\.(?:svg|png|jpe?g|webp|avif|gif|ico)$/i;

/** The area a request path belongs to. */
export function areaOf(path: string): Area {
  if (path.startsWith("/_next/static/") && BUILD_FILE.test(path)) return "build";
  if (path === "/editor" || path.startsWith("/editor/")) return "editor";
  if (path.startsWith("/media/") || path === "/_next/image") return "media";
  // The demo's covers and figures (public/demo) and the site icon; a page whose path merely ends
  // like an image (a 404) keeps the reader set.
  if ((path.startsWith("/demo/") || path.startsWith("/icon")) && IMAGE_FILE.test(path)) return "media";
  return "reader";
}

/** The headers of each area for one process: computed once, set on every response. */
export function securityHeadersByArea(options: { dev: boolean; https: boolean }): Record<Area, Header[]> {
  return {
    reader: securityHeaders({ ...options, area: "reader" }),
    editor: securityHeaders({ ...options, area: "editor" }),
    media: securityHeaders({ ...options, area: "media" }),
    build: securityHeaders({ ...options, area: "build" }),
  };
}
