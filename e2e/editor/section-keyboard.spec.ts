/**
 * Moving sections and roundup items with Alt+↑/↓ keeps the keyboard where it was: on the field
 * you were typing in, now at the entry's new place (it used to jump onto an item's button).
 * Named to run after publishing.spec.ts, which needs a server without users.
 */
import { expect, test } from "@playwright/test";
import { createIssue, ensureOwner, owner, section, signIn } from "./helpers";

test("Alt+↑/↓ on a roundup's title moves the section and focus stays on that title", async ({ page }) => {
  await ensureOwner(page);
  await signIn(page, owner);
  await createIssue(page, `Keyboard moves ${Date.now()}`);
  await page.getByRole("button", { name: "+ Story" }).click();
  await section(page, 1).getByLabel("Section title").fill("A story first");
  await page.getByRole("button", { name: "+ Roundup" }).click();
  const roundup = section(page, 2);
  await roundup.getByLabel("Section title").fill("Generative AI updates");
  await roundup.getByRole("button", { name: "+ Add item" }).click();
  await roundup.getByRole("listitem", { name: "Item 1" }).getByLabel("Item title").fill("First item");
  await roundup.getByRole("listitem", { name: "Item 2" }).getByLabel("Item title").fill("Second item");

  await roundup.getByLabel("Section title").focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(section(page, 1).getByLabel("Section title")).toHaveValue("Generative AI updates");
  await expect(section(page, 1).getByLabel("Section title")).toBeFocused();
  // Typing goes on in the same field.
  await page.keyboard.type(" (March)");
  await expect(section(page, 1).getByLabel("Section title")).toHaveValue("Generative AI updates (March)");

  await page.keyboard.press("Alt+ArrowDown");
  await expect(section(page, 2).getByLabel("Section title")).toHaveValue("Generative AI updates (March)");
  await expect(section(page, 2).getByLabel("Section title")).toBeFocused();

  // Inside an item, Alt+↑ moves the item, not the section, and focus stays in the item's field.
  const moved = section(page, 2);
  await moved.getByRole("listitem", { name: "Item 2" }).getByLabel("Item title").focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(moved.getByRole("listitem", { name: "Item 1" }).getByLabel("Item title")).toHaveValue("Second item");
  await expect(moved.getByRole("listitem", { name: "Item 1" }).getByLabel("Item title")).toBeFocused();
  await expect(section(page, 2).getByLabel("Section title")).toHaveValue("Generative AI updates (March)");

  // The button that moved a section to the top is disabled there: focus goes to its other move button.
  await moved.getByRole("button", { name: "Move section 2 up" }).click();
  await expect(section(page, 1).getByRole("button", { name: "Move section 1 down" })).toBeFocused();
});
