import { expect, test } from "@playwright/test";
import { demoIssues } from "../../db/seed/content/issues";

const published = demoIssues.filter((i) => i.status === "published").sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));

test("the home page leads with the latest issue and lists the others as cards", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  const [latest, ...rest] = published;

  const lead = page.getByRole("region", { name: latest.title });
  await expect(lead.getByRole("heading", { level: 1 })).toHaveText(latest.title);
  await expect(lead.getByText(latest.summary)).toBeVisible();
  await expect(lead.getByRole("list", { name: "Categories" }).getByRole("link").first()).toBeVisible();
  const tldrEntries = page.getByRole("navigation", { name: "TL;DR" }).getByRole("link");
  await expect(tldrEntries).toHaveCount(latest.sections.filter((s) => s.kind !== "callout").length);

  const cards = page.getByRole("region", { name: "Earlier issues" }).getByRole("article");
  await expect(cards).toHaveCount(Math.min(rest.length, 12));
  await expect(cards.first().getByRole("heading")).toHaveText(rest[0].title);
  // Every card shows its categories.
  for (const card of await cards.all()) {
    await expect(card.getByRole("list").getByRole("link").first()).toBeVisible();
  }
  // No draft is ever listed.
  for (const draft of demoIssues.filter((i) => i.status === "draft")) {
    await expect(page.getByText(draft.title)).toHaveCount(0);
  }

  await cards.first().getByRole("link", { name: rest[0].title }).click();
  await expect(page).toHaveURL(new RegExp(`/issues/${rest[0].slug}$`));
});

test("an entry of the lead issue's TL;DR opens that issue at its section", async ({ page }) => {
  await page.goto("/");
  const [latest] = published;
  const numbered = latest.sections.filter((s) => s.kind !== "callout");
  const third = numbered[2];
  const entry = page.getByRole("navigation", { name: "TL;DR" }).getByRole("link", { name: `3. ${third.tldr?.trim() || third.title}` });
  await entry.click();
  await expect(page).toHaveURL(new RegExp(`/issues/${latest.slug}#section-3$`));
  const section = page.getByRole("region", { name: `3. ${third.title}` });
  await expect(section.getByRole("heading", { level: 2 })).toBeInViewport();
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test("the home page offers the category chips with counts, and a chip opens its category", async ({ page }) => {
  await page.goto("/");
  const chips = page.getByRole("navigation", { name: "Filter by category" }).getByRole("link");
  await expect(chips).toHaveCount(6);
  const space = demoIssues.filter((i) => i.status === "published" && i.categories.includes("space")).length;
  await expect(chips.filter({ hasText: "Space" })).toContainText(String(space));
  await chips.filter({ hasText: "Space" }).click();
  await expect(page).toHaveURL(/\/categories\/space$/);
  await expect(page.getByRole("article")).toHaveCount(space);
});
