/** Roles as users meet them, and two editors on one issue: a conflict message, no text lost. */
import { expect, test } from "@playwright/test";
import { e2eSmtpPort } from "../../playwright.config";
import { startSmtpSink, type SmtpSink } from "../../tests/support/smtp-sink";
import { contributor, createIssue, ensureOwner, expectSaved, owner, signIn } from "./helpers";

test.describe.configure({ mode: "serial" });

let sink: SmtpSink;
test.beforeAll(async () => {
  sink = await startSmtpSink({ port: e2eSmtpPort });
});
test.afterAll(async () => {
  await sink?.close();
});

/** The password link of the invitation mailed to `to`, once it has arrived. */
async function invitationLink(to: string): Promise<string> {
  let text = "";
  await expect(async () => {
    const parsed = await Promise.all(sink.messages.filter((m) => m.to === to).map((m) => sink.parse(m)));
    text = parsed.find((p) => p.subject === "You are invited to the Dispatch editor")?.text ?? "";
    expect(text).not.toBe("");
  }).toPass({ timeout: 15_000 });
  return /http:\/\/\S+\/editor\/password\?token=[A-Za-z0-9_-]+/.exec(text)![0];
}

let ownerIssueId = 0;

test("a contributor writes drafts but cannot publish, manage users or open others' drafts", async ({ page, browser }) => {
  await ensureOwner(page);
  await signIn(page, owner);
  ownerIssueId = await createIssue(page, "Owner's private draft");

  // The owner invites a contributor on the users page; the contributor chooses a password from
  // the link in the mail and is signed in.
  await page.goto("/editor/users");
  await page.getByText("+ Invite someone").click();
  await page.getByLabel("Name").fill(contributor.name);
  await page.getByLabel("Email").fill(contributor.email);
  await page.getByLabel("Role", { exact: true }).selectOption("contributor");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: contributor.email }).getByText("Invited")).toBeVisible();

  const context = await browser.newContext();
  const cody = await context.newPage();
  await cody.goto(await invitationLink(contributor.email));
  await cody.getByLabel("New password").fill(contributor.password);
  await cody.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(cody).toHaveURL(/\/editor$/);
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
  // Absence means something only once the page has settled: its heading first.
  await cody.getByRole("heading", { level: 1 }).first().waitFor();
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
