/** proxy.ts as a dispatcher: each request reaches the one area it belongs to, whatever the order of the areas. */
import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { registerProxyServices, type ProxyServices } from "@/lib/proxy/services";

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(new URL(path, "http://localhost:3000"), {
    method: init.method ?? "GET",
    headers: { host: "localhost:3000", ...init.headers },
  });

const services = (over: Partial<ProxyServices>): ProxyServices => ({
  pathGuard: async () => true,
  editorGate: { hasUsers: async () => true, hasSession: async () => false },
  searchBlock: async () => null,
  pingDatabase: async () => {},
  ...over,
});

afterEach(() => {
  delete (globalThis as { __dispatchProxyServices?: unknown }).__dispatchProxyServices;
});

describe("proxy", () => {
  it("refuses a cross-site server action post on any path, the editor's included", async () => {
    for (const path of ["/", "/editor/issues", "/search"]) {
      const response = await proxy(
        request(path, { method: "POST", headers: { "next-action": "x", origin: "https://evil.example", "sec-fetch-site": "cross-site" } }),
      );
      expect(response.status, path).toBe(403);
    }
  });

  it("redirects the old filter URL and page 1 of the archive", async () => {
    const filtered = await proxy(request("/issues?category=china,space"));
    expect(filtered.status).toBe(308);
    expect(filtered.headers.get("location")).toBe("http://localhost:3000/categories/china+space");
    expect((await proxy(request("/issues/page/1"))).headers.get("location")).toBe("http://localhost:3000/issues");
  });

  it("sends an editor page without a session to sign-in, keeps the reset link open, and never lets shared caches store them", async () => {
    registerProxyServices(services({}));
    const page = await proxy(request("/editor/issues?status=draft"));
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toBe("http://localhost:3000/editor/login?next=%2Feditor%2Fissues%3Fstatus%3Ddraft");
    const reset = await proxy(request("/editor/reset"));
    expect(reset.headers.get("x-middleware-next")).toBe("1");
    for (const response of [page, reset]) expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("answers an unknown reader slug 404, a blocked search 429, and a post while the database is down 503", async () => {
    registerProxyServices(
      services({
        pathGuard: async (path) => path !== "/issues/nope",
        searchBlock: async () => 42,
        pingDatabase: async () => {
          throw new Error("down");
        },
      }),
    );
    expect((await proxy(request("/issues/nope"))).status).toBe(404);
    const search = await proxy(request("/search?q=chips"));
    expect([search.status, search.headers.get("retry-after")]).toEqual([429, "42"]);
    expect((await proxy(request("/", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" } }))).status).toBe(
      503,
    );
  });
});
