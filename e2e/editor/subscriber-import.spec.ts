/**
 * The editor's subscriber import: upload a Substack CSV, read the preview's counts and its
 * invalid line, import, find the addresses in the subscribers list with the status their consent
 * allows, and send the confirmation mail to the pending one (caught by a real SMTP sink).
 */
import { expect, test } from "@playwright/test";
import { e2eSmtpPort } from "../../playwright.config";
import { startSmtpSink, type SmtpSink } from "../../tests/support/smtp-sink";
import { ensureOwner, owner, signIn } from "./helpers";

let sink: SmtpSink;
test.beforeAll(async () => {
  sink = await startSmtpSink({ port: e2eSmtpPort });
});
test.afterAll(async () => {
  await sink?.close();
});

const csv = [
  "email,active_subscription,expiry,plan,email_disabled,created_at,first_payment_at",
  "imp-ann@example.com,false,,free,false,2024-02-01T10:00:00.000Z,",
  "imp-bo@example.com,true,2027-01-01T00:00:00.000Z,yearly,false,2024-02-02T10:00:00.000Z,2024-02-02T10:00:00.000Z",
  "imp-cy@example.com,false,,free,false,,",
  "imp-dee@example.com,false,,free,true,2024-02-03T10:00:00.000Z,",
  "not-an-address,false,,free,false,2024-02-04T10:00:00.000Z,",
].join("\n");

test("import a Substack CSV: preview counts, confirm, see the result in the subscribers list", async ({ page }) => {
  await ensureOwner(page);
  await signIn(page, owner);
  await page.goto("/editor/subscribers");
  await page.getByRole("link", { name: "Import CSV" }).click();
  await expect(page).toHaveURL(/\/editor\/subscribers\/import$/);

  await page.getByLabel(/^CSV file/).setInputFiles({ name: "substack-export.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: /Preview: Substack, 5 rows/ })).toBeVisible();
  const preview = page.getByLabel("What the import will do");
  await expect(preview.locator('[data-count="new"]')).toHaveText("3");
  await expect(preview.locator('[data-count="existing"]')).toHaveText("0");
  await expect(preview.locator('[data-count="suppressed"]')).toHaveText("1");
  await expect(preview.locator('[data-count="invalid"]')).toHaveText("1");
  await expect(page.getByText(`Line 6: "not-an-address" is not an email address`)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("preview-desktop.png"), fullPage: true });

  await page.getByRole("button", { name: "Import 4 addresses" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported: 3 new subscribers" })).toBeVisible();

  await page.getByRole("link", { name: "See the subscribers" }).click();
  await page.getByLabel("Search by address").fill("imp-");
  await page.getByRole("button", { name: "Filter" }).click();
  const list = page.getByRole("main");
  for (const [address, status] of [
    ["imp-ann@example.com", "confirmed"],
    ["imp-bo@example.com", "confirmed"],
    ["imp-cy@example.com", "pending"],
    ["imp-dee@example.com", "unsubscribed"],
  ]) {
    await expect(list.getByText(address)).toBeVisible();
    await expect(page.locator("tr, li", { hasText: address }).first()).toContainText(status);
  }
  await expect(list.getByText("not-an-address")).toHaveCount(0);

  // Nothing was mailed by the import itself; the pending address gets mail only on request.
  expect(sink.messages.filter((m) => m.to.startsWith("imp-"))).toEqual([]);
  await page.goto("/editor/subscribers/import");
  await expect(page.getByText("1 imported addresses had no recorded opt-in")).toBeVisible();
  await page.getByRole("button", { name: "Send confirmation mail" }).click();
  // Once nobody is waiting the page drops the button.
  await expect(page.getByRole("button", { name: "Send confirmation mail" })).toHaveCount(0);
  await sink.waitFor((all) => all.some((m) => m.to === "imp-cy@example.com"));
  expect(sink.messages.filter((m) => m.to.startsWith("imp-")).map((m) => m.to)).toEqual(["imp-cy@example.com"]);

  // Importing the same file again: nothing new.
  await page.getByLabel(/^CSV file/).setInputFiles({ name: "substack-export.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByLabel("What the import will do").locator('[data-count="existing"]')).toHaveText("3");
  await expect(page.getByRole("button", { name: "Nothing to import" })).toBeDisabled();

  for (const [name, width, scheme] of [
    ["phone-dark", 360, "dark"],
    ["desktop-light", 1280, "light"],
    ["desktop-dark", 1280, "dark"],
    ["phone-light", 360, "light"],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: test.info().outputPath(`import-${name}.png`), fullPage: true });
  }
});
