/**
 * How an issue did, end to end on the production server: an editor sends an issue to two
 * confirmed readers through a real SMTP server; the mail read from it carries only raster
 * pictures; a mail client (a plain HTTP client with no cookies) loads the open pixel and follows
 * two links, landing on their targets; a forged link gets a 400 page; the signed-in editor then
 * finds the counts on the report page and "last opened" on the subscribers page.
 */
import { expect, test } from "@playwright/test";
import { e2eSmtpPort } from "../../playwright.config";
import { startSmtpSink, type SmtpSink } from "../../tests/support/smtp-sink";
import { signInOrSetUp, subscribeAndConfirm } from "./helpers";

let sink: SmtpSink;
test.beforeAll(async () => {
  sink = await startSmtpSink({ port: e2eSmtpPort });
});
test.afterAll(async () => {
  await sink?.close();
});

const attr = (s: string) => s.replaceAll("&amp;", "&");

test("opens and clicks from the received mail reach the issue's report", async ({ page, playwright, baseURL }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const readers = [`open-${stamp}@example.com`, `quiet-${stamp}@example.com`];
  for (const r of readers) await subscribeAndConfirm(page, sink, r);

  await signInOrSetUp(page);
  await page.goto("/editor/newsletters");
  const row = page.getByRole("listitem").filter({ hasText: "Not sent" }).first();
  const title = (await row.getByRole("link").first().textContent())!;
  await row.getByRole("link").first().click();

  // The preview's links open in a new tab (the sandbox allows popups, never scripts).
  const frame = page.locator('iframe[title="Preview of the issue mail"]');
  await expect(frame).toHaveAttribute("sandbox", "allow-popups allow-popups-to-escape-sandbox");
  const popup = page.waitForEvent("popup");
  await page.frameLocator('iframe[title="Preview of the issue mail"]').getByRole("link", { name: "View in browser" }).click();
  const opened = await popup;
  await expect(opened).toHaveURL(/\/issues\//);
  await opened.close();

  const count = Number(
    /\((\d+)\)/.exec(
      (await page
        .locator("label")
        .filter({ has: page.getByLabel(/All confirmed subscribers/) })
        .textContent())!,
    )![1],
  );
  await page.getByLabel(/I checked the preview/).check();
  await page.getByRole("button", { name: `Send to ${count} subscribers` }).click();
  await expect(page.getByRole("heading", { name: "Sent", exact: true })).toBeVisible({ timeout: 60_000 });

  await sink.waitFor((all) => readers.every((r) => all.some((m) => m.to === r && m.idempotencyKey)));
  const mail = await sink.parse(sink.messages.find((m) => m.to === readers[0] && m.idempotencyKey)!);
  const html = mail.html as string;
  const images = [...html.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => attr(m[1]));
  const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => attr(m[1])).filter((h) => h.startsWith(`${baseURL}/t/c/`));
  expect(images.length).toBeGreaterThanOrEqual(2);
  expect(links.length).toBeGreaterThan(3);

  // A mail client: no cookies, no session, follows nothing by itself.
  const client = await playwright.request.newContext();
  for (const src of images) {
    const answer = await client.get(src);
    expect(answer.status(), src).toBe(200);
    expect(answer.headers()["content-type"], src).toMatch(/^image\/(png|jpeg|webp)$/);
  }
  const pixel = images.find((s) => s.includes("/t/o/"))!;
  expect((await client.get(pixel)).headers()["cache-control"]).toContain("no-store");
  const clicked = [links[0], links.at(-1)!];
  for (const link of clicked) {
    const answer = await client.get(link, { maxRedirects: 0 });
    expect(answer.status()).toBe(302);
    expect(answer.headers().location).toBe(new URL(link).searchParams.get("u"));
  }
  const forged = new URL(clicked[0]);
  forged.searchParams.set("u", "https://evil.example.net/");
  const refused = await client.get(forged.toString(), { maxRedirects: 0 });
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain("This link is not valid");
  await client.dispose();

  // The report, reached from the newsletters page. Events are written just after each answer.
  await page.goto("/editor/newsletters");
  await page.getByRole("link", { name: `Report: ${title}` }).click();
  await expect(page.getByRole("heading", { name: "Newsletter report" })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("report-opened")).toHaveText("1", { timeout: 1_000 });
    await expect(page.getByTestId("report-clicked")).toHaveText("1", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByTestId("report-delivered")).toHaveText(String(count));
  await expect(page.getByText(/Opens are approximate: Apple Mail/)).toBeVisible();
  const perLink = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Readers" }) });
  for (const link of clicked) {
    // The table shows each URL without its scheme; the clicked ones sort first.
    const target = new URL(link).searchParams.get("u")!.replace(/^https?:\/\//, "");
    await expect(perLink.getByRole("row").filter({ hasText: target }).first().getByRole("cell").nth(1)).toHaveText("1");
  }
  await expect(page.getByRole("img", { name: /First opens and clicks.*Day 1: 1 opens, 1 clicks/ })).toBeVisible();

  for (const [name, viewport] of [
    ["desktop", { width: 1280, height: 900 }],
    ["phone", { width: 360, height: 800 }],
  ] as const) {
    for (const scheme of ["light", "dark"] as const) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: test.info().outputPath(`report-${name}-${scheme}.png`), fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.goto(`/editor/subscribers?q=${encodeURIComponent(readers[0])}`);
  await expect(page.getByTestId("last-opened").first()).not.toHaveText("—");
  await page.goto(`/editor/subscribers?q=${encodeURIComponent(readers[1])}`);
  await expect(page.getByTestId("last-opened").first()).toHaveText(/—/);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/editor/subscribers");
  await page.screenshot({ path: test.info().outputPath("subscribers-desktop-light.png"), fullPage: true });
});
