/**
 * One client searching faster than the limit (SEARCH_LIMIT_PER_MINUTE) gets a real 429 with Retry-After and
 * a page that says what to do; another client is unaffected. Clients are told apart by the
 * X-Forwarded-For a trusted proxy would send (the e2e server runs with TRUST_PROXY=1).
 */
import { expect, test } from "@playwright/test";
import { e2eSearchLimit } from "../../playwright.config";

test("a client that searches too often is asked to wait, others are not", async ({ page, request }) => {
  const hammer = { "x-forwarded-for": `203.0.113.${10 + (Date.now() % 200)}` };
  for (let i = 0; i < e2eSearchLimit; i++) {
    const ok = await request.get(`/search?q=battery+${i}`, { headers: hammer });
    expect(ok.status(), `search ${i + 1} of ${e2eSearchLimit}`).toBe(200);
  }
  const refused = await request.get("/search?q=battery+again", { headers: hammer });
  expect(refused.status()).toBe(429);
  const wait = Number(refused.headers()["retry-after"]);
  expect(wait).toBeGreaterThanOrEqual(1);
  expect(wait).toBeLessThanOrEqual(60);
  expect(refused.headers()["cache-control"]).toContain("no-store");

  await page.setExtraHTTPHeaders(hammer);
  await page.goto("/search?q=one+more");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Too many searches");
  await expect(page.getByText("Please wait a minute, then try again.")).toBeVisible();

  const other = await request.get("/search?q=battery", { headers: { "x-forwarded-for": "198.51.100.200" } });
  expect(other.status()).toBe(200);
  expect(await other.text()).toContain("battery");
});
