/**
 * Accounts as people and attackers meet them, on the production build with real SMTP into a
 * sink: a copied cookie replayed after sign-out, a stolen cookie kept alive through
 * /api/auth/session, an invitation and a reset followed from the link in the mail, a password
 * change, an owner revoking someone's sessions, a lockout attempt from many addresses, and the
 * audit page. Each context claims its own client address (X-Forwarded-For, TRUST_PROXY=1).
 * Named to run after publishing.spec.ts, which sets up the owner on a server without users.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as httpRequest, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { baseURL, e2eDataDir, e2eSmtpPort } from "../../playwright.config";
import { startSmtpSink, type SmtpSink } from "../../tests/support/smtp-sink";
import { ensureOwner, owner, signIn } from "./helpers";

const COOKIE = "authjs.session-token";
const DAY = 24 * 60 * 60;
// A new address per run, so a run against a reused server starts clean.
const ivy = { name: "Ivy Invited", email: `ivy-${Date.now().toString(36)}@dispatch.test`, password: "ivy's very own passphrase" };

let sink: SmtpSink;
test.beforeAll(async () => {
  sink = await startSmtpSink({ port: e2eSmtpPort });
});
test.afterAll(async () => {
  await sink?.close();
});
test.describe.configure({ mode: "serial", timeout: 120_000 });

let addressCounter = 0;
async function clientContext(browser: Browser): Promise<BrowserContext> {
  addressCounter += 1;
  return browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${100 + addressCounter}` } });
}

/** The session cookie a browser holds, as a raw Cookie header (what a thief copies). */
async function sessionCookie(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === COOKIE);
  expect(cookie, "a session cookie").toBeDefined();
  return `${COOKIE}=${cookie!.value}`;
}

/** A plain HTTP client with no browser state: replays a cookie the way an attacker would. */
async function replay(cookie: string, url: string) {
  const client = await httpRequest.newContext({ baseURL, extraHTTPHeaders: { cookie, "x-forwarded-for": "192.0.2.66" } });
  const response = await client.get(url, { maxRedirects: 0 });
  const result = {
    status: response.status(),
    body: await response.text(),
    setCookie: response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "set-cookie")
      .map((h) => h.value),
  };
  await client.dispose();
  return result;
}

/** The password link in the newest mail to `to` with `subject`, waiting for it to arrive. */
async function linkInMail(to: string, subject: string, seen = 0): Promise<string> {
  let text = "";
  await expect(async () => {
    const mails = sink.messages.filter((m) => m.to === to).slice(seen);
    const parsed = await Promise.all(mails.map((m) => sink.parse(m)));
    text = parsed.reverse().find((p) => p.subject === subject)?.text ?? "";
    expect(text).not.toBe("");
  }).toPass({ timeout: 15_000 });
  const match = /http:\/\/\S+\/editor\/password\?token=[A-Za-z0-9_-]+/.exec(text);
  expect(match, `a password link in "${subject}"`).not.toBeNull();
  return match![0];
}

async function signInAs(browser: Browser, who: { email: string; password: string }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await clientContext(browser);
  const page = await context.newPage();
  await signIn(page, who);
  return { context, page };
}

test("a copied cookie is refused after its session signs out", async ({ page, browser }) => {
  await ensureOwner(page);
  const { context, page: editor } = await signInAs(browser, owner);
  const cookie = await sessionCookie(context);
  expect((await replay(cookie, "/editor/subscribers/export")).status).toBe(200);
  await editor.getByRole("button", { name: "Sign out" }).click();
  await expect(editor).toHaveURL(/\/editor\/login/);
  const after = await replay(cookie, "/editor/subscribers/export");
  expect(after.status).toBe(401);
  expect(after.body).not.toContain("email");
  await context.close();
});

test("/api/auth/session never carries a session past 30 days from sign-in", async () => {
  const secret = readFileSync(path.join(e2eDataDir, "auth-secret"), "utf8").trim();
  const now = Math.floor(Date.now() / 1000);
  const forge = (since: number) =>
    encode({ secret, salt: COOKIE, token: { uid: "1", sv: 1, sid: `stolen-${since}`, since }, maxAge: 7 * DAY });

  // Signed in 30 days minus two minutes ago, refreshed: the new cookie's token ends with the session.
  const since = now - 30 * DAY + 120;
  const refreshed = await replay(`${COOKIE}=${await forge(since)}`, "/api/auth/session");
  expect(refreshed.status).toBe(200);
  const body = JSON.parse(refreshed.body) as { expires: string };
  expect(new Date(body.expires).getTime()).toBeLessThanOrEqual((since + 30 * DAY) * 1000);
  const issued = refreshed.setCookie.find((c) => c.startsWith(`${COOKIE}=`))!;
  const token = await decode({ secret, salt: COOKIE, token: issued.split(";")[0].slice(COOKIE.length + 1) });
  expect(token?.exp).toBeLessThanOrEqual(since + 30 * DAY);

  // Past the 30 days: no session, the cookie is cleared, and the editor sends it to sign in.
  const old = await forge(now - 30 * DAY - 10);
  const expired = await replay(`${COOKIE}=${old}`, "/api/auth/session");
  expect(expired.body).toBe("null");
  expect(expired.setCookie.some((c) => c.startsWith(`${COOKIE}=;`) || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c))).toBe(true);
  // The proxy already sends it to the sign-in page (307); the handler itself would answer 401.
  expect([307, 401]).toContain((await replay(`${COOKIE}=${old}`, "/editor/subscribers/export")).status);
});

test("an invited person chooses their password from the link in the mail; the owner can end their sessions", async ({ browser }) => {
  const { context: ownerContext, page: ownerPage } = await signInAs(browser, owner);
  await ownerPage.goto("/editor/users");
  await ownerPage.getByText("+ Invite someone").click();
  await ownerPage.getByLabel("Name").fill(ivy.name);
  await ownerPage.getByLabel("Email").fill(ivy.email);
  await ownerPage.getByLabel("Role", { exact: true }).selectOption("editor");
  await expect(ownerPage.getByLabel("Password", { exact: false })).toHaveCount(0);
  await ownerPage.getByRole("button", { name: "Send invitation" }).click();
  await expect(ownerPage.getByRole("listitem").filter({ hasText: ivy.email }).getByText("Invited")).toBeVisible();

  const link = await linkInMail(ivy.email, "You are invited to the Dispatch editor");
  const ivyContext = await clientContext(browser);
  const ivyPage = await ivyContext.newPage();
  await ivyPage.goto(link);
  await expect(ivyPage.getByRole("heading", { name: `Welcome, ${ivy.name}` })).toBeVisible();
  await ivyPage.getByLabel("New password").fill(ivy.password);
  await ivyPage.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(ivyPage).toHaveURL(/\/editor$/);
  const ivyCookie = await sessionCookie(ivyContext);
  expect((await replay(ivyCookie, "/editor/subscribers/export")).status).toBe(200);

  // The link worked once.
  const again = await clientContext(browser);
  const againPage = await again.newPage();
  await againPage.goto(link);
  await expect(againPage.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await again.close();

  // The owner ends all of Ivy's sessions.
  await ownerPage.reload();
  const row = ownerPage.getByRole("listitem").filter({ hasText: ivy.email });
  await row.getByRole("button", { name: `Sign ${ivy.name} out everywhere` }).click();
  await expect(row.getByRole("status")).toHaveText(`${ivy.name} is signed out everywhere.`);
  expect((await replay(ivyCookie, "/editor/subscribers/export")).status).toBe(401);
  await ivyPage.goto("/editor/issues");
  await expect(ivyPage).toHaveURL(/\/editor\/login/);
  await Promise.all([ownerContext.close(), ivyContext.close()]);
});

test("a password change needs the current one and ends the other sessions; a reset comes from the link in the mail", async ({
  browser,
}) => {
  const laptop = await signInAs(browser, ivy);
  const phone = await signInAs(browser, ivy);
  const phoneCookie = await sessionCookie(phone.context);
  await laptop.page.goto("/editor/account");
  await laptop.page.getByLabel("Current password").fill("not the password");
  await laptop.page.getByLabel("New password").fill("ivy's second passphrase");
  await laptop.page.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.page.getByText("That is not your current password.")).toBeVisible();
  await laptop.page.getByLabel("Current password").fill(ivy.password);
  await laptop.page.getByLabel("New password").fill("ivy's second passphrase");
  await laptop.page.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.page.getByRole("status")).toContainText("Password changed");
  expect((await replay(phoneCookie, "/editor/subscribers/export")).status).toBe(401);
  expect((await replay(await sessionCookie(laptop.context), "/editor/subscribers/export")).status).toBe(200);

  // Forgot it: ask for a link on the sign-in page, follow it from the mail.
  const forgot = await clientContext(browser);
  const page = await forgot.newPage();
  await page.goto("/editor/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset password" })).toBeVisible();
  // The sign-in page stays in the DOM, hidden (Next keeps the previous route): ask by role, which skips it.
  const seen = sink.messages.filter((m) => m.to === ivy.email).length;
  await page.getByRole("textbox", { name: "Email" }).fill(ivy.email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  const reply = await page.getByRole("status").textContent();
  expect(reply).toContain("If an account exists for that address");
  const link = await linkInMail(ivy.email, "Reset your Dispatch password", seen);
  await page.goto(link);
  await page.getByLabel("New password").fill("ivy's third passphrase");
  await page.getByRole("button", { name: "Save password and sign in" }).click();
  await expect(page).toHaveURL(/\/editor$/);
  expect((await replay(await sessionCookie(laptop.context), "/editor/subscribers/export")).status).toBe(401);

  // An unknown address gets the same reply, and no mail.
  const before = sink.messages.length;
  const stranger = await clientContext(browser);
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/editor/reset");
  await strangerPage.getByLabel("Email").fill("nobody-here@dispatch.test");
  await strangerPage.getByRole("button", { name: "Send me a link" }).click();
  await expect(strangerPage.getByRole("status")).toHaveText(reply!);
  expect(sink.messages.length).toBe(before);
  await Promise.all([laptop.context.close(), phone.context.close(), forgot.close(), stranger.close()]);
});

test("wrong passwords for the owner from many addresses do not keep the owner out", async ({ browser }) => {
  // Four wrong passwords from each of three addresses: the account is slowed down to its cap.
  for (let a = 0; a < 3; a++) {
    // Addresses of this run only (a reused server keeps the counters of the last run).
    const context = await browser.newContext({
      extraHTTPHeaders: { "x-forwarded-for": `198.18.${Math.floor(Date.now() / 60_000) % 250}.${10 + a}` },
    });
    const page = await context.newPage();
    await page.goto("/editor/login");
    for (let i = 0; i < 4; i++) {
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
      await page.getByLabel("Email").fill(owner.email);
      await page.getByLabel("Password").fill(`guess ${a}-${i}`);
      await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST"),
        page.getByRole("button", { name: "Sign in" }).click(),
      ]);
      await expect(page.locator("form").getByRole("alert")).toHaveText("Email or password is incorrect.");
    }
    await context.close();
  }
  const started = Date.now();
  const { context } = await signInAs(browser, owner);
  expect(Date.now() - started).toBeLessThan(15_000);
  await context.close();
});

test("the audit page shows these events to owners only", async ({ browser }) => {
  const ivyNow = { email: ivy.email, password: "ivy's third passphrase" };
  const { context: ivyContext, page: ivyPage } = await signInAs(browser, ivyNow);
  await expect(ivyPage.getByRole("navigation", { name: "Editor" }).getByRole("link", { name: "Audit" })).toHaveCount(0);
  await ivyPage.goto("/editor/audit");
  await expect(ivyPage).toHaveURL(/denied=1/);
  expect((await replay(await sessionCookie(ivyContext), "/editor/audit/export")).status).toBe(403);
  await ivyContext.close();

  const { context, page } = await signInAs(browser, owner);
  await page.getByRole("navigation", { name: "Editor" }).getByRole("link", { name: "Audit" }).click();
  await expect(page.getByRole("heading", { name: "Audit" })).toBeVisible();
  for (const label of [
    "Signed in",
    "Sign-in failed",
    "Signed out",
    "Invitation sent",
    "Invitation accepted",
    "Sessions revoked",
    "Password changed",
    "Password reset",
    "Export",
  ]) {
    await expect(page.getByRole("listitem").filter({ hasText: label }).first(), label).toBeVisible();
  }
  const list = await page.getByRole("list").last().textContent();
  expect(list).not.toContain(ivy.email);
  expect(list).toContain("i***@dispatch.test");
  await page.getByLabel("Kind").selectOption("invitation");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/kind=invitation/);
  await expect(page.getByRole("listitem").filter({ hasText: "Signed in" })).toHaveCount(0);
  const csv = await replay(await sessionCookie(context), "/editor/audit/export");
  expect(csv.status).toBe(200);
  expect(csv.body.split("\r\n")[0]).toBe('"id","at","kind","actor","target","address","details"');
  expect(csv.body).not.toContain("token=");
  expect(csv.body).not.toContain(ivy.email);
  await context.close();
});
