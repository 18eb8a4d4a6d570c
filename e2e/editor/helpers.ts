import { expect, type Page } from "@playwright/test";
import sharp from "sharp";
import type { SmtpSink } from "../../tests/support/smtp-sink";

export const owner = { name: "Olive Owner", email: "owner@dispatch.test", password: "correct horse battery staple" };
export const contributor = { name: "Cody Contributor", email: "cody@dispatch.test", password: "contributor passphrase 1" };

/** A real PNG made on the fly (no binary fixture in the repository). */
export async function pngFile(name: string, width = 1200, height = 675) {
  const buffer = await sharp({ create: { width, height, channels: 3, background: { r: 15, g: 118, b: 110 } } })
    .png()
    .toBuffer();
  return { name, mimeType: "image/png", buffer };
}

export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/editor/login");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/editor$/);
}

/** Creates a draft from the "New issue" page and waits for the editor. Returns its id. */
export async function createIssue(page: Page, title: string): Promise<number> {
  await page.goto("/editor/issues/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/editor\/issues\/\d+$/);
  return Number(new URL(page.url()).pathname.split("/").pop());
}

/** Waits until the editor says its latest change is saved. */
export async function expectSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText(/^Saved at \d\d:\d\d$/, { timeout: 15_000 });
}

export function section(page: Page, n: number) {
  return page
    .getByRole("list")
    .filter({ has: page.locator('[id^="section-card-"]') })
    .locator(':scope > li[id^="section-card-"]')
    .nth(n - 1);
}

/** Creates the owner through /editor/setup unless one exists (then setup answers 404). */
export async function ensureOwner(page: Page) {
  const setup = await page.request.get("/editor/setup", { maxRedirects: 0 });
  if (setup.status() === 404) return;
  await page.goto("/editor/setup");
  await page.getByLabel("Name").fill(owner.name);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Create owner and sign in" }).click();
  await expect(page).toHaveURL(/\/editor$/);
  await page.context().clearCookies();
}

/** Signs the owner in, or creates the owner on a fresh installation. */
export async function signInOrSetUp(page: Page) {
  await page.goto("/editor/login");
  if (page.url().endsWith("/editor/setup")) {
    await page.getByLabel("Name").fill(owner.name);
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill(owner.password);
    await page.getByRole("button", { name: "Create owner and sign in" }).click();
  } else {
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill(owner.password);
    await page.getByRole("button", { name: "Sign in" }).click();
  }
  await expect(page).toHaveURL(/\/editor$/);
}

/** Subscribes an address on /newsletter and confirms it with the link from the mail the sink caught. */
export async function subscribeAndConfirm(page: Page, sink: SmtpSink, address: string) {
  await page.goto("/newsletter");
  await page.getByLabel("Email address").fill(address);
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("status")).toContainText("Thank you!");
  await sink.waitFor((all) => all.some((m) => m.to === address));
  const parsed = await sink.parse(sink.messages.find((m) => m.to === address)!);
  await page.goto(/(http:\/\/\S+\/newsletter\/confirm\?token=\S+)/.exec(parsed.text ?? "")![1]);
  await page.getByRole("button", { name: "Confirm my subscription" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're subscribed");
}
