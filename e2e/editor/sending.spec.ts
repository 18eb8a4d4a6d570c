/**
 * An editor sends a published issue by email: preview, test send to their own address, recipient
 * count, confirm step, live progress to the final counts; then the subscribers page (counts,
 * search, formula-safe CSV export, erase). Mail goes to a real SMTP server.
 */
import { expect, test } from "@playwright/test";
import { e2eSmtpPort } from "../../playwright.config";
import { startSmtpSink, type SmtpSink } from "../../tests/support/smtp-sink";
import { owner, signInOrSetUp, subscribeAndConfirm } from "./helpers";

let sink: SmtpSink;
test.beforeAll(async () => {
  sink = await startSmtpSink({ port: e2eSmtpPort });
});
test.afterAll(async () => {
  await sink?.close();
});

test("send an issue by email with preview, test send, confirm step and live progress", async ({ page }) => {
  const stamp = Date.now();
  const readers = [`ana-${stamp}@example.com`, `bo-${stamp}@example.com`, `=cmd-${stamp}@example.com`];
  for (const r of readers) await subscribeAndConfirm(page, sink, r);

  await signInOrSetUp(page);
  await page.getByRole("navigation", { name: "Editor" }).getByRole("link", { name: "Newsletters" }).click();
  const first = page.getByRole("listitem").filter({ hasText: "Not sent" }).first();
  const title = (await first.getByRole("link").textContent())!;
  await first.getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Send by email" })).toBeVisible();
  await expect(page.frameLocator('iframe[title="Preview of the issue mail"]').getByText(title).first()).toBeVisible();

  await page.getByRole("button", { name: `Send a test to ${owner.email}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Test sent" })).toBeVisible();
  await sink.waitFor((all) => all.some((m) => m.to === owner.email && /^Subject: .*Test/m.test(m.raw)));

  const all = page.getByLabel(/All confirmed subscribers/);
  await expect(all).toBeChecked();
  const count = Number(/\((\d+)\)/.exec((await page.locator("label").filter({ has: all }).textContent())!)![1]);
  expect(count).toBeGreaterThanOrEqual(3);
  const send = page.getByRole("button", { name: `Send to ${count} subscribers` });
  await send.click();
  // The confirm step: nothing is sent until the box is ticked.
  expect(sink.messages.filter((m) => m.idempotencyKey)).toHaveLength(0);
  await page.getByLabel(/I checked the preview/).check();
  await send.click();

  await expect(page.getByRole("heading", { name: "Sent", exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("count-sent")).toHaveText(String(count));
  await expect(page.getByTestId("count-remaining")).toHaveText("0");
  await expect(page.getByTestId("count-failed")).toHaveText("0");
  const issueMails = sink.messages.filter((m) => m.idempotencyKey);
  expect(issueMails).toHaveLength(count);
  expect(new Set(issueMails.map((m) => m.to)).size).toBe(count);
  for (const r of readers) expect(issueMails.some((m) => m.to === r)).toBe(true);

  // Sent once: the page now shows the result, not the form.
  await page.reload();
  await expect(page.getByTestId("count-sent")).toHaveText(String(count));
  await expect(page.getByRole("button", { name: /Send to \d+ subscribers/ })).toHaveCount(0);

  // Subscribers: search, export, erase.
  await page.goto("/editor/subscribers");
  await page.getByLabel("Search by address").fill(`cmd-${stamp}`);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("1 subscriber", { exact: true })).toBeVisible();
  const csv = await (await page.request.get("/editor/subscribers/export")).text();
  expect(csv).toContain(`"'=cmd-${stamp}@example.com","confirmed"`);
  expect(csv).not.toContain(`"=cmd-${stamp}`);
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: `Erase =cmd-${stamp}@example.com` }).click();
  await expect(page.getByText("0 subscribers", { exact: true })).toBeVisible();
  expect(await (await page.request.get("/editor/subscribers/export")).text()).not.toContain(`cmd-${stamp}`);
});

test("signed out, the send, progress and export endpoints refuse", async ({ playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await anonymous.get("/editor/subscribers/export", { maxRedirects: 0 })).status()).toBeGreaterThanOrEqual(300);
  expect((await anonymous.get("/editor/newsletters/1/progress", { maxRedirects: 0 })).status()).toBeGreaterThanOrEqual(300);
  await anonymous.dispose();
});
