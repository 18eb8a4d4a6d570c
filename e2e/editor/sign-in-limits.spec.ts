/**
 * Brute force: after 5 failures for one account from one address, or 10 from one address for any
 * accounts, within 15 minutes, sign-in from there is refused for 15 minutes — even with the right
 * password — with a message that does not reveal whether the account exists. Another address
 * still gets in (e2e/editor/sessions-and-accounts.spec.ts has the attack from many addresses). Each context claims its own client address (X-Forwarded-For), so
 * the locks made here do not reach the other tests.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { contributor, ensureOwner } from "./helpers";

/**
 * Submits the form and waits for the server's answer (the same message twice is no signal) and for
 * the form to settle: after each try the password field is emptied, the email is kept.
 */
async function submit(page: Page) {
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/editor/login"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
}

/** Signs in with each password in turn from one client address, expecting each message in turn. */
async function attempt(browser: Browser, address: string, email: string, tries: Array<[password: string, message: string]>) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
  const page = await context.newPage();
  await page.goto("/editor/login");
  for (const [password, message] of tries) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await submit(page);
    await expect(page.locator("form").getByRole("alert")).toHaveText(message);
  }
  await context.close();
}

test.describe.configure({ timeout: 120_000 });

const wrong = Array.from({ length: 5 }, (_, i) => `wrong password ${i}`);
const incorrect = "Email or password is incorrect.";
const locked = "Too many failed sign-ins from here. Try again in 15 minutes, or reset your password.";

test("an unknown account and a real one lock the same way, and the right password is refused while locked", async ({ page, browser }) => {
  await ensureOwner(page);
  await attempt(browser, "203.0.113.10", "nobody@dispatch.test", [
    ...wrong.map((p): [string, string] => [p, incorrect]),
    ["anything at all", locked],
  ]);

  // A real account (the contributor made by the roles test) answers exactly the same, and the
  // right password is refused while the lock holds.
  await attempt(browser, "203.0.113.11", contributor.email, [
    ...wrong.map((p): [string, string] => [p, incorrect]),
    [contributor.password, locked],
  ]);

  // The same account from a fresh address gets in: nobody can lock someone else out.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.12" } });
  const page2 = await context.newPage();
  await page2.goto("/editor/login");
  await page2.getByLabel("Email").fill(contributor.email);
  await page2.getByLabel("Password").fill(contributor.password);
  await page2.getByRole("button", { name: "Sign in" }).click();
  await expect(page2).toHaveURL(/\/editor$/, { timeout: 20_000 });
  await context.close();
});

test("ten failures from one address lock that address for every account", async ({ browser }) => {
  const emails = Array.from({ length: 10 }, (_, i) => `user${i}@dispatch.test`);
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.20" } });
  const page = await context.newPage();
  await page.goto("/editor/login");
  for (const email of [...emails, "f@dispatch.test"]) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("wrong password");
    await submit(page);
    await expect(page.locator("form").getByRole("alert")).toHaveText(email === "f@dispatch.test" ? locked : incorrect);
  }
  await context.close();
});
