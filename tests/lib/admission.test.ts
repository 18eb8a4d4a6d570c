import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createAdmission } from "@/lib/server/admission";

/** A real HTTP server whose handler answers when the test releases it, behind the admission line. */
async function serverWith(limit: number, maxWaitMs: number) {
  const admission = createAdmission({ limit, maxWaitMs, retryAfterSeconds: 3 });
  const started: string[] = [];
  const pending = new Map<string, http.ServerResponse>();
  const server = http.createServer((req, res) => {
    admission.admit(res, () => {
      started.push(req.url!);
      pending.set(req.url!, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const finish = (url: string) => pending.get(url)!.end(`done ${url}`);
  const waitUntil = async (test: () => boolean) => {
    while (!test()) await new Promise((r) => setTimeout(r, 5));
  };
  return { admission, started, base, finish, waitUntil, close: () => new Promise((r) => server.close(r)) };
}

let close: (() => Promise<unknown>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe("admission", () => {
  it("handles at most `limit` requests at once and lets the waiting ones in, in arrival order", async () => {
    const s = await serverWith(2, 10_000);
    close = s.close;
    const answers = ["/a", "/b", "/c", "/d"].map((p) => fetch(`${s.base}${p}`).then((r) => r.text()));
    await s.waitUntil(() => s.admission.stats().waiting === 2);
    expect(s.started).toEqual(["/a", "/b"]);
    s.finish("/b");
    await s.waitUntil(() => s.started.length === 3);
    expect(s.started[2]).toBe("/c");
    s.finish("/a");
    s.finish("/c");
    await s.waitUntil(() => s.started.length === 4);
    s.finish("/d");
    expect(await Promise.all(answers)).toEqual(["done /a", "done /b", "done /c", "done /d"]);
    expect(s.admission.stats()).toEqual({ active: 0, waiting: 0, shed: 0 });
  });

  it("answers a request that waited too long with a fast 503, Retry-After and no caching", async () => {
    const s = await serverWith(1, 150);
    close = s.close;
    const first = fetch(`${s.base}/slow`);
    await s.waitUntil(() => s.started.length === 1);
    const t0 = Date.now();
    const second = await fetch(`${s.base}/late`);
    expect(second.status).toBe(503);
    expect(second.headers.get("retry-after")).toBe("3");
    expect(second.headers.get("cache-control")).toBe("no-store");
    expect(await second.text()).toContain("try again in a few seconds");
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(s.started).toEqual(["/slow"]);
    s.finish("/slow");
    expect(await (await first).text()).toBe("done /slow");
    expect(s.admission.stats().shed).toBe(1);
  });

  it("gives up the place of a client that left while waiting", async () => {
    const s = await serverWith(1, 10_000);
    close = s.close;
    const first = fetch(`${s.base}/one`);
    await s.waitUntil(() => s.started.length === 1);
    const controller = new AbortController();
    const gone = fetch(`${s.base}/gone`, { signal: controller.signal }).catch(() => "aborted");
    await s.waitUntil(() => s.admission.stats().waiting === 1);
    controller.abort();
    expect(await gone).toBe("aborted");
    await s.waitUntil(() => s.admission.stats().waiting === 0);
    const third = fetch(`${s.base}/three`).then((r) => r.text());
    s.finish("/one");
    await first;
    await s.waitUntil(() => s.started.length === 2);
    expect(s.started).toEqual(["/one", "/three"]);
    s.finish("/three");
    expect(await third).toBe("done /three");
  });
});
