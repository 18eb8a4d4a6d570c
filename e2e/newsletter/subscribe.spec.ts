/**
 * A new visitor, as they would: subscribe, read the confirmation mail at a real SMTP server, open
 * the link, confirm, get the welcome mail, then unsubscribe with the one-click POST a mail
 * provider sends to the List-Unsubscribe URL from that mail's headers.
 */
import { expect, test } from "@playwright/test";
import { e2eSmtpPort } from "../../playwright.config";
import { startSmtpSink, type SmtpSink } from "../../tests/support/smtp-sink";

let sink: SmtpSink;

test.beforeAll(async () => {
  sink = await startSmtpSink({ port: e2eSmtpPort });
});

test.afterAll(async () => {
  await sink?.close();
});

async function mailTo(address: string, subject: string) {
  await sink.waitFor((all) => all.some((m) => m.to === address && m.raw.includes(subject)), 20_000);
  const caught = sink.messages.filter((m) => m.to === address && m.raw.includes(subject)).at(-1)!;
  return { caught, parsed: await sink.parse(caught) };
}

test("subscribe, confirm, welcome mail, one-click unsubscribe", async ({ page, request }) => {
  const address = `visitor-${Date.now()}@example.com`;
  await page.goto("/newsletter");
  const form = page.locator("form").filter({ has: page.getByLabel("Email address") });
  await form.getByLabel("Email address").fill(`  ${address.toUpperCase()} `);
  await form.getByLabel("China").check();
  await form.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("status")).toContainText("Thank you! Your submission has been received!");
  await expect(page.getByRole("status")).toContainText("Check your inbox");

  const confirmation = await mailTo(address, "Confirm your subscription");
  const link = /(http:\/\/\S+\/newsletter\/confirm\?token=[A-Za-z0-9_-]{43})/.exec(confirmation.parsed.text ?? "")![1];
  expect(new URL(link).origin).toBe(new URL(page.url()).origin);

  // Opening the link (as a mail scanner would) changes nothing: it shows a button.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your subscription");
  await page.getByRole("button", { name: "Confirm my subscription" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're subscribed");

  // The same link again: a clear "already confirmed".
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my subscription" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Already confirmed");

  const welcome = await mailTo(address, "Welcome to Dispatch");
  const headers = welcome.caught.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n(?=[ \t])/g, "");
  expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
  const unsubscribeUrl = /^List-Unsubscribe:\s*<([^>]+)>/m.exec(headers)![1];

  // What Gmail or Yahoo send: a POST with no cookies from a foreign origin, no redirect followed.
  const oneClick = await request.post(unsubscribeUrl, {
    form: { "List-Unsubscribe": "One-Click" },
    headers: { origin: "https://mail.example.net" },
    maxRedirects: 0,
  });
  expect(oneClick.status()).toBe(200);
  expect((await request.post(unsubscribeUrl, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 })).status()).toBe(200);

  // The same URL opened in a browser shows the state: unsubscribed.
  await page.goto(unsubscribeUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're unsubscribed");
  await expect(page.getByText(address)).toBeVisible();
});

test("the form works without JavaScript and keeps the address after an error", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/newsletter");
  await page.getByLabel("Email address").fill("not-an-address");
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("alert")).toHaveText("That doesn't look like an email address.");
  await expect(page.getByLabel("Email address")).toHaveValue("not-an-address");
  await page.getByLabel("Email address").fill(`nojs-${Date.now()}@example.com`);
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("status")).toContainText("Thank you! Your submission has been received!");
  await context.close();
});

test("every issue page and the home page carry the signup box", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Get Dispatch by email" }).getByLabel("Email address")).toBeVisible();
  await page.getByRole("region", { name: "Earlier issues" }).getByRole("article").first().getByRole("link").first().click();
  await expect(page.getByRole("region", { name: "Get Dispatch by email" }).getByRole("button", { name: "Subscribe" })).toBeVisible();
});

test("a forged confirm token and a forged unsubscribe token change nothing", async ({ page, request }) => {
  await page.goto(`/newsletter/confirm?token=${"A".repeat(43)}`);
  await page.getByRole("button", { name: "Confirm my subscription" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
  const forged = await request.post(`/api/newsletter/unsubscribe?token=1.${"x".repeat(43)}`, {
    form: { "List-Unsubscribe": "One-Click" },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(400);
});
