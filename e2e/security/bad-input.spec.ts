/**
 * Bad input against the real HTTP server (production build): traversal in /media paths sent
 * byte for byte, page numbers that are not pages, server actions and Auth.js posts from another
 * site or of 50 MB, redirects through callbackUrl, forged newsletter tokens, and a script in the
 * search box. Nothing here writes to the database: every request is one that must be refused.
 */
import http from "node:http";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { baseURL } from "../../playwright.config";

const site = new URL(baseURL);
const evil = "https://evil.example";

/** A request sent exactly as written (no URL normalisation), optionally declaring a body it never sends in full. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body = "",
): Promise<{ status: number; text: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: site.hostname, port: site.port, method, path, headers: { host: site.host, ...headers } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode!, text, headers: res.headers }));
    });
    req.on("error", reject);
    req.setTimeout(20_000, () => req.destroy(new Error("timeout")));
    req.write(body);
    // A declared length larger than what was written: the server must answer without waiting for the rest.
    if (!headers["content-length"] || Number(headers["content-length"]) === Buffer.byteLength(body)) req.end();
  });
}

test.describe("paths and pages", () => {
  for (const path of [
    "/media/../package.json",
    "/media/..%2f..%2fpackage.json",
    "/media/%2e%2e/%2e%2e/package.json",
    "/media/%2e%2e%2f%2e%2e%2fpackage.json",
    "/media/..%252f..%252fpackage.json",
    "/media/%2fetc%2fpasswd",
    "/media//etc/passwd",
    "/media/ab/AbCdEfGhIjKlMnOpQrStUv.png%00.txt",
    "/media/..\\..\\package.json",
  ]) {
    test(`GET ${path} is 400/404 and never a file outside the uploads`, async () => {
      let response = await raw("GET", path);
      // Next first normalises // and \ with a 308 to the cleaned path; that path must then be refused.
      if (response.status === 308) {
        const location = new URL(response.headers.location!, baseURL);
        expect(location.origin).toBe(site.origin);
        response = await raw("GET", location.pathname);
      }
      expect([400, 404]).toContain(response.status);
      expect(response.text).not.toContain('"name": "dispatch"');
      expect(response.text).not.toContain("root:");
    });
  }

  for (const n of ["-1", "0", "1000000000", "abc", "1e3", "02", "%00", "99999"]) {
    test(`/issues/page/${n} answers 404, not an error`, async ({ request }) => {
      const response = await request.get(`/issues/page/${n}`, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toMatch(/at \S+ \(|Error:|stack/i);
    });
  }
});

test.describe("posts from another site, and oversized ones", () => {
  test("a server action posted from another origin is refused with 403 and a message", async () => {
    for (const [path, headers] of [
      ["/newsletter", { origin: evil }],
      ["/", { origin: "null" }],
      ["/editor/login", { origin: `http://${site.hostname}.evil.example:${site.port}` }],
      ["/issues", { "sec-fetch-site": "cross-site", origin: evil }],
    ] as const) {
      const response = await raw(
        "POST",
        path,
        { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", ...headers },
        '["x"]',
      );
      expect(response.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
      expect(response.text).toMatch(/Cross-site request refused/);
    }
  });

  test("a no-JavaScript form post (multipart) from another origin is refused too", async () => {
    const boundary = "----x";
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\na@example.com\r\n--${boundary}--\r\n`;
    const response = await raw(
      "POST",
      "/newsletter",
      { origin: evil, "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": String(body.length) },
      body,
    );
    expect(response.status).toBe(403);
  });

  test("a 50 MB server action body is refused with 413 and a message; at most 2 MB of it is kept", async () => {
    // Next keeps at most proxyClientMaxBodySize (2 MB) of the body for the proxy but waits for the
    // end of it before the proxy answers, so the whole body is sent here.
    const body = "x".repeat(50 * 1024 * 1024);
    const response = await raw(
      "POST",
      "/newsletter",
      { origin: baseURL, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", "content-length": String(body.length) },
      body,
    );
    expect(response.status).toBe(413);
    expect(response.text).toMatch(/too large to send \(at most 2MB\)/);
  });

  test("Auth.js sign-in posts: cross-site 403, 50 MB 413", async () => {
    const form = "email=a%40example.com&password=x&csrfToken=x&callbackUrl=%2Feditor";
    const cross = await raw(
      "POST",
      "/api/auth/callback/credentials",
      { origin: evil, "content-type": "application/x-www-form-urlencoded", "content-length": String(form.length) },
      form,
    );
    expect(cross.status).toBe(403);
    expect(cross.text).toMatch(/Cross-site request refused/);
    const big = await raw(
      "POST",
      "/api/auth/callback/credentials",
      { origin: baseURL, "content-type": "application/x-www-form-urlencoded", "content-length": String(50 * 1024 * 1024) },
      form,
    );
    expect(big.status).toBe(413);
  });

  test("a 50 MB upload without a session is refused before it is read", async () => {
    const response = await raw(
      "POST",
      "/editor/media/upload",
      {
        origin: baseURL,
        "sec-fetch-site": "same-origin",
        "content-type": "application/octet-stream",
        "content-length": String(50 * 1024 * 1024),
      },
      "x".repeat(1024),
    );
    expect(response.status).toBe(401);
  });

  test("newsletter confirm with a 50 MB body is refused with 413", async () => {
    const response = await raw(
      "POST",
      "/api/newsletter/confirm",
      { "content-type": "application/x-www-form-urlencoded", "content-length": String(50 * 1024 * 1024) },
      "token=x",
    );
    expect(response.status).toBe(413);
  });
});

/** Auth.js's CSRF token (and its cookie, kept by `request`). */
async function csrf(request: APIRequestContext): Promise<string> {
  return ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

/** Auth.js names the server by the address Next listens on (localhost), not the one we called. */
function onSite(location: string): boolean {
  const url = new URL(location, baseURL);
  return (
    ["http:", "https:"].includes(url.protocol) &&
    [site.hostname, "localhost"].includes(url.hostname) &&
    url.port === site.port &&
    url.username === ""
  );
}

test.describe("no open redirect through callbackUrl", () => {
  for (const target of [
    "//evil.example",
    "https://evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "http://evil.example@" + site.host,
  ]) {
    test(`sign-in and sign-out with callbackUrl=${target} stay on the site`, async ({ request }) => {
      const token = await csrf(request);
      for (const path of ["/api/auth/callback/credentials", "/api/auth/signout"]) {
        const response = await request.post(path, {
          // Empty credentials are refused before they count against this address's sign-in limit
          // (a real failed attempt would lock 127.0.0.1 out for the editor tests that follow).
          form: { csrfToken: token, email: "", password: "", callbackUrl: target },
          headers: { origin: baseURL },
          maxRedirects: 0,
        });
        expect(response.status(), path).toBeLessThan(500);
        const location = response.headers()["location"];
        if (location) expect(onSite(location), `${path} → ${location}`).toBe(true);
      }
      const signin = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(target)}`, { maxRedirects: 0 });
      const location = signin.headers()["location"];
      if (location) expect(onSite(location), location).toBe(true);
    });
  }
});

test.describe("newsletter links and the search box", () => {
  test("forged and malformed confirm tokens lead to the one clear page", async ({ page, request }) => {
    for (const token of ["", "abc", "x".repeat(300), "' or 1=1 --", "<script>alert(1)</script>"]) {
      const response = await request.post("/api/newsletter/confirm", { form: { token }, maxRedirects: 0 });
      expect(response.status()).toBe(303);
      expect(response.headers()["location"]).toMatch(/\/newsletter\/confirm\?result=invalid$/);
    }
    await page.goto("/newsletter/confirm?result=invalid");
    await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  });

  test("forged unsubscribe tokens answer 400 with a message", async ({ request }) => {
    for (const token of ["1.abc", "1." + "A".repeat(43), "x", "99999999999.y"]) {
      const response = await request.post(`/api/newsletter/unsubscribe?token=${encodeURIComponent(token)}`, {
        form: { "List-Unsubscribe": "One-Click" },
      });
      expect(response.status()).toBe(400);
      expect(await response.text()).toBe("This unsubscribe link is not valid.\n");
    }
  });

  async function expectNoDialog(page: Page, url: string) {
    let fired = false;
    page.on("dialog", async (d) => {
      fired = true;
      await d.dismiss();
    });
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    expect(fired, url).toBe(false);
  }

  test("script in the search query, the confirm token and the unsubscribe token stays text in the browser", async ({ page }) => {
    const payload = `"><img src=x onerror=alert(1)><script>alert(1)</script>`;
    await expectNoDialog(page, `/search?q=${encodeURIComponent(payload)}`);
    await expect(page.locator("#search-q")).toHaveValue(payload);
    await expectNoDialog(page, `/newsletter/confirm?token=${encodeURIComponent(payload)}`);
    await expectNoDialog(page, `/newsletter/unsubscribe?token=${encodeURIComponent(payload)}&result=${encodeURIComponent(payload)}`);
    expect(await page.locator("img[src=x]").count()).toBe(0);
  });
});
