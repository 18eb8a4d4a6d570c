/**
 * An editor's whole day, as a new user would do it: set up the owner, sign in, write an issue
 * with three sections (a roundup with three items, a figure uploaded from a file), preview it,
 * publish it and find it on the home page and its category page; schedule another a minute
 * ahead and watch it appear by itself.
 */
import { expect, test } from "@playwright/test";
import { createIssue, expectSaved, owner, pngFile, section } from "./helpers";

test.describe.configure({ mode: "serial" });

test("set up the owner, write, preview and publish an issue", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/editor");
  await expect(page).toHaveURL(/\/editor\/setup$/); // no user yet: sign-in leads to setup
  await page.getByLabel("Name").fill(owner.name);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Create owner and sign in" }).click();
  await expect(page).toHaveURL(/\/editor$/);
  await expect(page.getByRole("heading", { name: /Hello, Olive/ })).toBeVisible();

  // Setup is gone for good.
  expect((await page.request.get("/editor/setup")).status()).toBe(404);

  const title = "Dispatch Test Edition – Harbour Lights";
  await createIssue(page, title);
  await page.getByLabel("Summary").fill("A test edition about ports, batteries and the newest language models.");
  await page.getByLabel("Add a category").selectOption({ label: "Materials" });
  await page.getByLabel("Author").selectOption({ index: 1 });

  // 1. A story with a figure uploaded from a file.
  await page.getByRole("button", { name: "+ Story" }).click();
  const story = section(page, 1);
  await story.getByLabel("Section title").fill("Harbour cranes learn to charge ships");
  await story.getByLabel("TL;DR line").fill("Cranes that charge the ships they load");
  await story.getByLabel("Source link").fill("https://example.com/cranes");
  await story.getByLabel("Body (Markdown)").fill("Engineers fitted **twelve cranes** with chargers.\n\nThe port saves fuel every night.");
  await story.getByLabel("Upload image").setInputFiles(await pngFile("harbour.png"));
  await expect(story.getByText("1200×675")).toBeVisible();
  await story.getByLabel("Alt text (required)").fill("A container crane at dusk with a charging cable");
  await story.getByLabel("Caption").fill("The first converted crane.");
  await story.getByLabel("Credit").fill("Photo: Dispatch test");

  // 2. A roundup with three items.
  await page.getByRole("button", { name: "+ Roundup" }).click();
  const roundup = section(page, 2);
  await roundup.getByLabel("Section title").fill("Generative AI updates");
  for (let i = 1; i <= 3; i++) {
    if (i > 1) await roundup.getByRole("button", { name: "+ Add item" }).click();
    const item = roundup.getByRole("listitem", { name: `Item ${i}` });
    await item.getByLabel("Item title").fill(`Model news ${i}`);
    await item.getByLabel("Item link").fill(`https://example.com/ai-${i}`);
    await item.getByLabel("Item text (Markdown)").fill(`What happened in story ${i}.`);
  }
  // Reorder by button: item 3 moves up to become item 2.
  await roundup.getByRole("button", { name: "Move item 3 up" }).click();
  await expect(roundup.getByRole("listitem", { name: "Item 2" }).getByLabel("Item title")).toHaveValue("Model news 3");

  // 3. A callout, then moved above the roundup with the keyboard (Alt+↑).
  await page.getByRole("button", { name: "+ Callout" }).click();
  const callout = section(page, 3);
  await callout.getByLabel("Section title").fill("How we help teams stay future-focused");
  await callout.getByLabel("Body (Markdown)").fill("- Briefings\n- Study tours\n\n[Talk to us](https://example.com/contact)");
  await callout.getByLabel("Section title").press("Alt+ArrowUp");
  await expect(section(page, 2).getByLabel("Section title")).toHaveValue("How we help teams stay future-focused");

  await expectSaved(page);

  // The live preview pane renders the reader layout as you type.
  const live = page.frameLocator('iframe[title="Live preview"]');
  await expect(live.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(live.getByRole("navigation", { name: "TL;DR" }).getByRole("link")).toHaveText([
    /Cranes that charge the ships they load/,
    /Generative AI updates/,
  ]);
  await expect(live.locator("strong", { hasText: "twelve cranes" })).toBeVisible();

  // The preview page: the exact reader layout, only for signed-in users, never publicly cached.
  const id = new URL(page.url()).pathname.split("/").pop();
  const previewResponse = await page.request.get(`/editor/issues/${id}/preview`);
  expect(previewResponse.headers()["cache-control"]).toMatch(/private|no-store/);
  const [preview] = await Promise.all([page.waitForEvent("popup"), page.getByRole("link", { name: "Preview ↗" }).click()]);
  await expect(preview.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(preview.getByRole("figure").getByRole("img", { name: "A container crane at dusk with a charging cable" })).toBeVisible();
  await expect(preview.getByText("Photo: Dispatch test")).toBeVisible();
  await expect(
    preview
      .getByRole("region", { name: "3. Generative AI updates" })
      .or(preview.getByRole("region", { name: "2. Generative AI updates" }))
      .getByRole("listitem"),
  ).toHaveCount(3);
  await preview.close();
  const anonymous = await page.context().browser()!.newContext();
  const anonPage = await anonymous.newPage();
  await anonPage.goto(`/editor/issues/${id}/preview`);
  await expect(anonPage).toHaveURL(/\/editor\/login/);
  await anonymous.close();

  // Publish: readers see it at once on the home page and the category page. The time from the
  // editor showing "Published" to the first plain GET of each page that contains the new issue:
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByTestId("publish-status")).toContainText("Published");
  for (const path of ["/", "/categories/materials"]) {
    const started = performance.now();
    const body = await (await page.request.get(path)).text();
    const ms = Math.round(performance.now() - started);
    expect(body, `${path} shows the new issue on the first request after publishing`).toContain(title);
    console.log(`publish → visible: ${path} answered with the new issue ${ms} ms after "Published"`);
  }
  await page.goto("/");
  await expect(page.getByRole("region", { name: title }).getByRole("heading", { level: 1 })).toHaveText(title);
  await page.goto("/categories/materials");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("img", { name: "A container crane at dusk with a charging cable" })).toBeVisible();
});

test("a scheduled issue appears by itself when its time comes", async ({ page }) => {
  test.setTimeout(180_000);
  const { signIn } = await import("./helpers");
  await signIn(page, owner);
  const title = "Dispatch Test Edition – Scheduled Tide";
  await createIssue(page, title);
  await page.getByLabel("Add a category").selectOption({ label: "Space" });
  await page.getByRole("button", { name: "+ Story" }).click();
  await section(page, 1).getByLabel("Section title").fill("Tides on a schedule");
  await expectSaved(page);
  // The field takes minutes: the first whole minute at least 15 s away (time to press Schedule).
  const inAMinute = new Date(Date.now() + 75_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  const local = `${inAMinute.getFullYear()}-${pad(inAMinute.getMonth() + 1)}-${pad(inAMinute.getDate())}T${pad(inAMinute.getHours())}:${pad(inAMinute.getMinutes())}`;
  await page.getByLabel(/Publish at/).fill(local);
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByTestId("publish-status")).toContainText("Scheduled for");

  // Nobody touches the editor again: the server publishes it when due.
  await page.goto("/categories/space");
  // Absence means something only once the page has settled: its heading first.
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await expect(async () => {
    await page.goto("/categories/space");
    await expect(page.getByRole("link", { name: title })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 150_000, intervals: [3_000] });
  await page.goto("/");
  await expect(page.getByText(title).first()).toBeVisible();
});
