import http from "node:http";
import { expect, test } from "@playwright/test";
import { COMPILE_HINT, startupScripts } from "../../scripts/compile-hints";

const ISSUE = "/issues/chinese-innovation-news-february-2025";
/** The goal for the demo issue's HTML, raw (docs/performance.md says where the bytes go). */
const HTML_LIMIT = 90_000;
/**
 * What the first round trip of a new connection carries: ten TCP segments of 1,460 bytes (the
 * initial congestion window). A page that fits, headers and all, arrives a round trip sooner.
 */
const FIRST_ROUND_TRIP = 14_600;

test("JSON-LD images and og:image are raster, and each one answers with its type", async ({ page, request }) => {
  await page.goto(ISSUE);
  const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
  const article = ld.map((t) => JSON.parse(t)).find((d) => d["@type"] === "NewsArticle");
  expect(article?.image?.length).toBeGreaterThan(0);
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
  for (const url of [...article.image, ogImage] as string[]) {
    expect(url, url).not.toMatch(/\.svg(\?|$)/);
    const response = await request.get(new URL(url).pathname + new URL(url).search);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"], url).toMatch(/^image\/(png|jpeg|webp)$/);
    const body = await response.body();
    // PNG or JPEG magic bytes: the bytes are what the type says.
    expect(body.subarray(0, 2).toString("hex"), url).toMatch(/^(8950|ffd8)$/);
  }
});

test("the RSS enclosure of an issue carries the raster cover's real type and length", async ({ request }) => {
  const xml = await (await request.get("/feed.xml")).text();
  const enclosures = [...xml.matchAll(/<enclosure ([^>]*)\/>/g)].map((m) =>
    Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );
  expect(enclosures.length).toBeGreaterThan(0);
  for (const e of enclosures.slice(0, 3)) {
    expect(e.type).toMatch(/^image\/(png|jpeg|webp|gif)$/);
    const response = await request.get(new URL(e.url).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe(e.type);
    expect((await response.body()).length).toBe(Number(e.length));
  }
});

test("the raster route refuses anything but a demo cover", async ({ request }) => {
  for (const bad of [
    "/raster/demo/../../package.jpg",
    "/raster/demo/covers/nope.jpg",
    "/raster/etc/passwd.jpg",
    "/raster/demo/covers/2025-02.svg",
  ]) {
    expect((await request.get(bad)).status(), bad).toBe(404);
  }
});

test("the issue page's HTML stays small", async ({ request }) => {
  const html = await (await request.get(ISSUE)).text();
  const bytes = Buffer.byteLength(html);
  console.log(`issue page HTML: ${bytes} bytes`);
  expect(bytes).toBeLessThanOrEqual(HTML_LIMIT);
  // The article's client renderer is sent rendered HTML, never the Markdown it came from.
  expect(html).toContain("<strong>Tiangong</strong>");
  expect(html).not.toContain("**Tiangong**");
});

test("a reader's phone gets the whole issue page in the first round trip: headers and brotli body within 14.6 KB", async () => {
  const url = new URL(ISSUE, test.info().project.use.baseURL).href;
  // The server keeps each page's best brotli once it has made it, after the page's first request.
  let reply = await responseOnTheWire(url, "gzip, deflate, br, zstd");
  await expect.poll(async () => (reply = await responseOnTheWire(url, "gzip, deflate, br, zstd")).contentLength).toBeDefined();
  console.log(`issue page on a phone's first round trip: ${reply.headerBytes} bytes of headers + ${reply.bodyBytes} of body`);
  expect(reply.encoding).toBe("br");
  expect(reply.bodyBytes).toBe(reply.contentLength);
  expect(reply.headerBytes + reply.bodyBytes).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
});

test("a page's scripts and stylesheets arrive in brotli, and decode to the very files the build holds", async ({ page, request }) => {
  const assets: { url: string; encoding: string | undefined; body: Buffer }[] = [];
  page.on("response", async (response) => {
    const { pathname } = new URL(response.url());
    if (!/^\/_next\/static\/.+\.(js|css)$/.test(pathname)) return;
    assets.push({ url: pathname, encoding: (await response.allHeaders())["content-encoding"], body: await response.body() });
  });
  await page.goto(ISSUE);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect.poll(() => assets.filter((a) => a.url.endsWith(".js")).length).toBeGreaterThan(3);
  expect(assets.some((a) => a.url.endsWith(".css"))).toBe(true);
  for (const asset of assets) {
    expect(asset.encoding, asset.url).toBe("br");
    // The same file asked for without compression: what the browser decoded is byte for byte the build's file.
    const plain = await request.get(asset.url, { headers: { "Accept-Encoding": "identity" } });
    expect(plain.headers()["content-encoding"], asset.url).toBeUndefined();
    expect(Buffer.compare(await plain.body(), asset.body), asset.url).toBe(0);
  }
});

test("the runtime every page starts with arrives with its compile hint, compressed or not", async ({ page, request }) => {
  const loaded = new Set<string>();
  page.on("request", (r) => loaded.add(new URL(r.url()).pathname));
  await page.goto(ISSUE);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const runtime = startupScripts().map((file) => `/_next/${file}`);
  expect(runtime.length).toBeGreaterThan(2);
  for (const url of runtime) {
    expect(loaded.has(url), `the page loads ${url}`).toBe(true);
    for (const encoding of ["br", "identity"]) {
      const text = await (await request.get(url, { headers: { "Accept-Encoding": encoding } })).text();
      expect(text.startsWith(COMPILE_HINT), `${url} (${encoding})`).toBe(true);
    }
  }
  // The page's own chunks run only in part: they are left to lazy compilation.
  const pageChunks = [...loaded].filter((u) => u.endsWith(".js") && !runtime.includes(u));
  expect(pageChunks.length).toBeGreaterThan(0);
  for (const url of pageChunks) expect((await (await request.get(url)).text()).startsWith(COMPILE_HINT), url).toBe(false);
});

test("pages arrive in brotli to a browser that takes it, in gzip to one that takes only gzip, and read the same", async ({
  page,
  request,
}) => {
  let documentEncoding: string | undefined;
  page.on("response", async (response) => {
    if (response.request().resourceType() === "document") documentEncoding = (await response.allHeaders())["content-encoding"];
  });
  await page.goto(ISSUE);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(documentEncoding).toBe("br");
  const sizes: Record<string, number> = {};
  const texts: string[] = [];
  for (const encoding of ["br", "gzip", "identity"]) {
    const response = await request.get(ISSUE, { headers: { "Accept-Encoding": encoding } });
    expect(response.headers()["content-encoding"], encoding).toBe(encoding === "identity" ? undefined : encoding);
    expect(response.headers()["vary"]?.toLowerCase(), encoding).toContain("accept-encoding");
    texts.push(await response.text());
    sizes[encoding] = await bytesOnTheWire(new URL(ISSUE, test.info().project.use.baseURL).href, encoding);
  }
  console.log(`issue page on the wire (bytes): ${JSON.stringify(sizes)}`);
  expect(texts[1]).toBe(texts[0]);
  expect(texts[2]).toBe(texts[0]);
  expect(sizes.br).toBeLessThan(sizes.gzip);
  expect(sizes.gzip).toBeLessThan(sizes.identity / 3);
});

/**
 * A response as a browser receives it on a kept-alive connection: the bytes of its status line and
 * headers (as sent, from rawHeaders) and of its body before decoding.
 */
function responseOnTheWire(
  url: string,
  encoding: string,
): Promise<{ headerBytes: number; bodyBytes: number; contentLength?: number; encoding?: string }> {
  const agent = new http.Agent({ keepAlive: true });
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { "Accept-Encoding": encoding } }, (res) => {
        let headerBytes = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length + 2;
        for (let i = 0; i < res.rawHeaders.length; i += 2)
          headerBytes += Buffer.byteLength(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}\r\n`);
        let bodyBytes = 0;
        res.on("data", (chunk: Buffer) => (bodyBytes += chunk.length));
        res.on("end", () => {
          agent.destroy();
          const length = res.headers["content-length"];
          resolve({
            headerBytes,
            bodyBytes,
            contentLength: length ? Number(length) : undefined,
            encoding: res.headers["content-encoding"],
          });
        });
      })
      .on("error", reject);
  });
}

/** The body's length as sent, before any decoding (Playwright's and Node's fetch decode). */
function bytesOnTheWire(url: string, encoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "Accept-Encoding": encoding } }, (res) => {
        let bytes = 0;
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.on("end", () => resolve(bytes));
      })
      .on("error", reject);
  });
}
