/** Roles as users meet them, and two editors on one issue: a conflict message, no text lost. */
import { expect, test } from "@playwright/test";
import { contributor, createIssue, ensureOwner, expectSaved, owner, signIn } from "./helpers";

test.describe.configure({ mode: "serial" });

let ownerIssueId = 0;

test("a contributor writes drafts but cannot publish, manage users or open others' drafts", async ({ page, browser }) => {
  await ensureOwner(page);
  await signIn(page, owner);
  ownerIssueId = await createIssue(page, "Owner's private draft");

  // The owner adds a contributor on the users page.
  await page.goto("/editor/users");
  await page.getByText("+ New user").click();
  await page.getByLabel("Name").fill(contributor.name);
  await page.getByLabel("Email").fill(contributor.email);
  await page.getByLabel("Role", { exact: true }).selectOption("contributor");
  await page.getByLabel("Initial password").fill(contributor.password);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText(contributor.email)).toBeVisible();

  const context = await browser.newContext();
  const cody = await context.newPage();
  await signIn(cody, contributor);
  const nav = cody.getByRole("navigation", { name: "Editor" });
  await expect(nav.getByRole("link", { name: "Issues" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Categories" })).toHaveCount(0);

  await createIssue(cody, "Cody's first draft");
  await expect(cody.getByText("Contributors write drafts; an editor or owner publishes them.")).toBeVisible();
  await expect(cody.getByRole("button", { name: "Publish now" })).toHaveCount(0);
  await expect(cody.getByRole("button", { name: "Schedule" })).toHaveCount(0);
  await cody.getByLabel("Summary").fill("Written by a contributor.");
  await expectSaved(cody);

  // Someone else's draft is not there for a contributor, and the users page is not either.
  await cody.goto(`/editor/issues/${ownerIssueId}`);
  await expect(cody.getByText("This page is not here")).toBeVisible();
  await cody.goto("/editor/users");
  await expect(cody.getByText(owner.email)).toHaveCount(0);
  await context.close();
});

test("two browsers on one issue: the stale save is refused with who and when, and no text is lost", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a = await first.newPage();
  const b = await second.newPage();
  await signIn(a, owner);
  await signIn(b, owner);
  await a.goto(`/editor/issues/${ownerIssueId}`);
  await b.goto(`/editor/issues/${ownerIssueId}`);

  await a.getByLabel("Summary").fill("Summary written in the first window.");
  await expectSaved(a);

  const mine = "Summary written in the second window — must not be lost.";
  await b.getByLabel("Summary").fill(mine);
  const banner = b.getByRole("alert").filter({ hasText: "changed this issue" });
  await expect(banner).toContainText(`${owner.name} changed this issue at`);
  await expect(banner).toContainText("Your changes were not saved, and nothing was overwritten.");
  await expect(b.getByTestId("save-status")).toHaveText("Not saved: a newer version exists");
  await expect(b.getByLabel("Summary")).toHaveValue(mine);

  // The first window's text is what the server kept.
  await a.reload();
  await expect(a.getByLabel("Summary")).toHaveValue("Summary written in the first window.");
  await first.close();
  await second.close();
});
