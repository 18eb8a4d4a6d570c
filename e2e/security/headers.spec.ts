import { expect, test } from "@playwright/test";

const february = "/issues/chinese-innovation-news-february-2025";

test("reader pages, feeds and 404s carry the security headers; build files only nosniff", async ({ request, page }) => {
  const html = await (await request.get("/")).text();
  const script = html.match(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  const stylesheet = html.match(/<link[^>]+href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
  const css = await (await request.get(stylesheet!)).text();
  const fontUrl = css.match(/url\(["']?([^)"']+\.woff2)/)?.[1];
  const font = fontUrl && new URL(fontUrl, `http://site${stylesheet}`).pathname;
  for (const file of [script, stylesheet, font]) {
    expect(file).toMatch(/^\/_next\/static\//);
    const h = (await request.get(file!)).headers();
    expect(h["x-content-type-options"], file).toBe("nosniff");
    // A policy on a script, stylesheet or font governs nothing; it only made each one ~900 bytes longer.
    expect(h["content-security-policy"], file).toBeUndefined();
    expect(h["permissions-policy"], file).toBeUndefined();
  }
  for (const path of [
    "/",
    february,
    "/categories/china",
    "/feed.xml",
    "/sitemap.xml",
    "/issues/no-such-issue",
    "/issues/no-such-issue.png",
  ]) {
    const response = await request.get(path);
    const h = response.headers();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"], path).toContain("object-src 'none'");
    expect(h["content-security-policy"], path).toContain("base-uri 'none'");
    expect(h["permissions-policy"], path).toContain("camera=()");
    expect(h["x-powered-by"], path).toBeUndefined();
    // The test server runs on http: no HSTS there (it is sent when SITE_URL is https).
    expect(h["strict-transport-security"], path).toBeUndefined();
  }

  // The policy does not break the page: no CSP violations, and the client leaf still works.
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(february);
  await page.getByRole("button", { name: /Switch to (dark|light) theme/ }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", /dark|light/);
  expect(violations).toEqual([]);
});

test("reader pages may sit in a shared cache; token pages may not; no header a browser never reads", async ({ request }) => {
  for (const path of ["/", february, "/categories/china"]) {
    const h = (await request.get(path)).headers();
    expect(h["cache-control"], path).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    // The cache tags are for Varnish (tests/cluster checks an instance told of one sends them);
    // this server has none. Next's notes on how it answered are for nobody.
    expect(h["xkey"], path).toBeUndefined();
    expect(h["x-nextjs-cache"], path).toBeUndefined();
    expect(h["x-nextjs-prerender"], path).toBeUndefined();
  }
  const confirm = (await request.get("/newsletter/confirm?token=x")).headers();
  expect(confirm["cache-control"]).toBe("private, no-store");
  expect(confirm["xkey"]).toBeUndefined();
});

test("the health endpoint is never cached", async ({ request }) => {
  expect((await request.get("/api/health")).headers()["cache-control"]).toContain("no-store");
});

test("editor pages may frame only themselves and are never cached", async ({ request }) => {
  const response = await request.get("/editor/login", { maxRedirects: 0 });
  const h = response.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'self'");
  expect(h["x-frame-options"]).toBe("SAMEORIGIN");
  expect(h["cache-control"]).toContain("no-store");
  expect(h["cache-control"]).toContain("private");
});

test("uploaded media and images answer with a sandboxing policy of their own, and every response has a request id", async ({ request }) => {
  const media = await request.get("/media/ab/abcdefghijklmnopqrstuv.png");
  expect(media.status()).toBe(404);
  const html = await (await request.get(february)).text();
  const cover = html.match(/src="(\/demo\/covers\/[^"]+\.svg)"/)?.[1];
  for (const [path, response] of [
    ["/media/…", media],
    [cover!, await request.get(cover!)],
    ["/icon.svg", await request.get("/icon.svg")],
  ] as const) {
    const h = response.headers();
    expect(h["content-security-policy"], path).toBe("default-src 'none'; sandbox; frame-ancestors 'none'");
    expect(h["x-content-type-options"], path).toBe("nosniff");
  }
  const ids = await Promise.all(["/", "/feed.xml", "/api/health"].map(async (p) => (await request.get(p)).headers()["x-request-id"]));
  for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
  expect(new Set(ids).size).toBe(3);
});
