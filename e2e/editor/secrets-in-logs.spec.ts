/**
 * Named to run after publishing.spec.ts, which needs a server without users (ensureOwner here
 * then finds the owner it made).
 *
 * The server's log after a full visitor signup (subscribe, confirmation mail, confirm, welcome
 * mail) and an editor sign-in: structured JSON lines with request ids, and none of the secrets
 * that went through those requests — passwords, tokens, session cookies, full email addresses.
 */
import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { e2eServerLog, e2eSmtpPort } from "../../playwright.config";
import { startSmtpSink, type SmtpSink } from "../../tests/support/smtp-sink";
import { ensureOwner, owner, signIn } from "./helpers";

let sink: SmtpSink;
test.beforeAll(async () => {
  sink = await startSmtpSink({ port: e2eSmtpPort });
});
test.afterAll(async () => {
  await sink?.close();
});

test("a signup and a sign-in leave request ids in the log and no secrets", async ({ page, browser }) => {
  test.skip(!existsSync(e2eServerLog), `no server log at ${e2eServerLog} (a server started outside Playwright)`);
  const address = `log-probe-${Date.now()}@example.org`;
  await page.goto("/newsletter");
  const form = page.locator("form").filter({ has: page.getByLabel("Email address") });
  await form.getByLabel("Email address").fill(address);
  await form.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("status")).toContainText("Thank you!");

  await sink.waitFor((all) => all.some((m) => m.to === address), 20_000);
  const confirmation = await sink.parse(sink.messages.find((m) => m.to === address)!);
  const token = /newsletter\/confirm\?token=([A-Za-z0-9_-]{43})/.exec(confirmation.text ?? "")![1];
  const confirmPage = await page.goto(`/newsletter/confirm?token=${token}`);
  const requestId = confirmPage!.headers()["x-request-id"];
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "Confirm my subscription" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're subscribed");
  await sink.waitFor((all) => all.filter((m) => m.to === address).length >= 2, 20_000);
  const welcome = await sink.parse(sink.messages.filter((m) => m.to === address)[1]);
  const unsubscribeToken = /unsubscribe\?token=([^\s&>"\]]+)/.exec(welcome.text ?? "")![1];

  const editor = await browser.newContext();
  const editorPage = await editor.newPage();
  await ensureOwner(editorPage);
  await signIn(editorPage, owner);
  const session = (await editor.cookies()).find((c) => c.name.includes("session-token"))!;
  expect(session.value.length).toBeGreaterThan(20);
  await editorPage.goto("/editor/subscribers");
  await editor.close();

  // The access line of the last request is written when its response finishes.
  await expect.poll(() => readFileSync(e2eServerLog, "utf8").includes(`"path":"/editor/subscribers"`)).toBe(true);
  const log = readFileSync(e2eServerLog, "utf8");
  const json = log
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const confirmLine = json.find((l) => l.reqId === requestId && l.msg === "request");
  expect(confirmLine, "the confirm page's request is logged under its id").toMatchObject({
    method: "GET",
    path: "/newsletter/confirm",
    status: 200,
  });
  expect(json.filter((l) => l.msg === "request").every((l) => typeof l.reqId === "string")).toBe(true);

  const secrets = {
    "the editor's password": owner.password,
    "the confirmation token": token,
    "the unsubscribe token": decodeURIComponent(unsubscribeToken),
    "the session cookie": session.value.slice(0, 40),
    "the subscriber's address": address,
    "the editor's address": owner.email,
  };
  for (const [what, secret] of Object.entries(secrets)) {
    expect(log.toLowerCase().includes(secret.toLowerCase()), `${what} appears in the server log`).toBe(false);
  }
  expect(log).not.toMatch(/authjs\.session-token=/);
});
