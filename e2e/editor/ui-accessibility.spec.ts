/**
 * Every editor page, signed in, at a phone's 360 px and on a desktop, in light and in dark: axe
 * finds no violation, there is exactly one `<main>`, and nothing makes the page scroll sideways.
 * Then the navigation on a phone (where the other sections are), the subscribers list on a phone
 * (addresses are not broken mid-word), slug suggestions and 1-based category order.
 *
 * Named to run after publishing.spec.ts, which needs a server without users. The setup page is
 * checked by e2e/reader/accessibility.spec.ts, which runs before any user exists.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PREVIEW_SANDBOX } from "../../lib/email/preview-frame";
import { e2eSmtpPort } from "../../playwright.config";
import { startSmtpSink, type SmtpSink } from "../../tests/support/smtp-sink";
import { ensureOwner, owner, signIn } from "./helpers";

const FEBRUARY = "Chinese Innovation News – February 2025";

const viewports = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;

/** The owner's sections as the navigation lists them, in order. */
const sections = [
  "Dashboard",
  "Issues",
  "Media",
  "Categories",
  "Authors",
  "Events",
  "Newsletters",
  "Subscribers",
  "Outbox",
  "Users",
  "Audit",
];

let sink: SmtpSink;
test.beforeAll(async () => {
  sink = await startSmtpSink({ port: e2eSmtpPort });
});
test.afterAll(async () => {
  await sink?.close();
});

/** The pages to check, with what to open on them first so that their forms are checked too. */
async function editorPages(page: Page): Promise<Array<{ name: string; path: string; open?: (page: Page) => Promise<void> }>> {
  await page.goto(`/editor/issues?q=${encodeURIComponent("February 2025")}`);
  const href = await page.getByRole("link", { name: FEBRUARY }).getAttribute("href");
  const issueId = Number(href!.split("/").pop());
  await page.goto("/editor/outbox");
  const mails = page.getByRole("main").getByRole("listitem").getByRole("link");
  const firstMail = (await mails.count()) > 0 ? await mails.first().getAttribute("href") : null;
  return [
    { name: "dashboard", path: "/editor" },
    { name: "issues", path: "/editor/issues" },
    { name: "new issue", path: "/editor/issues/new" },
    { name: "issue editor", path: `/editor/issues/${issueId}` },
    {
      name: "issue editor, preview tab",
      path: `/editor/issues/${issueId}`,
      open: async (p) => {
        const tab = p.getByRole("tab", { name: "preview" });
        if (await tab.isVisible()) await tab.click();
      },
    },
    { name: "issue preview", path: `/editor/issues/${issueId}/preview` },
    { name: "media", path: "/editor/media" },
    { name: "categories", path: "/editor/categories", open: (p) => p.getByText("+ New category").click() },
    { name: "authors", path: "/editor/authors", open: (p) => p.getByText("+ New author").click() },
    { name: "events", path: "/editor/events", open: (p) => p.getByText("+ New event").click() },
    { name: "users", path: "/editor/users", open: (p) => p.getByText("+ Invite someone").click() },
    { name: "subscribers", path: "/editor/subscribers" },
    { name: "newsletters", path: "/editor/newsletters" },
    { name: "send by email", path: `/editor/newsletters/${issueId}` },
    { name: "outbox", path: firstMail ?? "/editor/outbox" },
    { name: "audit", path: "/editor/audit" },
    { name: "account", path: "/editor/account" },
  ];
}

async function problems(page: Page, phone: boolean): Promise<string[]> {
  const found: string[] = [];
  // Mail previews are sandboxed without scripts, so axe cannot run inside them (it waits until
  // the test times out); they show the mail, not the editor. The live issue preview is checked.
  // The selector comes from the product, so a change to the sandbox cannot silently hang here.
  const results = await new AxeBuilder({ page }).exclude(`iframe[sandbox="${PREVIEW_SANDBOX}"]`).analyze();
  for (const v of results.violations)
    found.push(
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 4)
        .join(", ")}`,
    );
  const mains = await page.getByRole("main").count();
  if (mains !== 1) found.push(`${mains} <main> landmarks`);
  if (phone) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) found.push(`scrolls sideways by ${overflow} px`);
  }
  return found;
}

/** Signs up through the reader's form, so the subscribers list has a long address in it. */
async function subscribe(page: Page, address: string) {
  await page.goto("/newsletter");
  const form = page.locator("form").filter({ has: page.getByLabel("Email address") });
  await form.getByLabel("Email address").fill(address);
  await form.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("status")).toContainText("Thank you!");
}

for (const scheme of ["light", "dark"] as const) {
  for (const device of ["phone", "desktop"] as const) {
    test(`every editor page: no axe violations, one main, nothing sideways (${scheme}, ${device})`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(viewports[device]);
      await page.emulateMedia({ colorScheme: scheme });
      await ensureOwner(page);
      await signIn(page, owner);
      const found: Record<string, string[]> = {};
      for (const { name, path, open } of await editorPages(page)) {
        await test.step(name, async () => {
          await page.goto(path);
          await page.getByRole("heading", { level: 1 }).first().waitFor();
          await open?.(page);
          const list = await problems(page, device === "phone");
          if (list.length) found[name] = list;
        });
      }
      // The sign-in page, signed out.
      await page.context().clearCookies();
      await page.goto("/editor/login");
      const list = await problems(page, device === "phone");
      if (list.length) found["sign-in"] = list;
      expect(found).toEqual({});
    });
  }
}

test("on a phone the Menu button shows every section, marks the current one and closes again", async ({ page }) => {
  await page.setViewportSize(viewports.phone);
  await ensureOwner(page);
  await signIn(page, owner);
  await page.goto("/editor/issues");
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  const nav = page.getByRole("navigation", { name: "Editor" });
  await expect(nav).toBeHidden();

  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link")).toHaveText(sections);
  await expect(nav.getByRole("link", { name: "Issues" })).toHaveAttribute("aria-current", "page");
  // Every entry is on screen and big enough for a thumb.
  for (const link of await nav.getByRole("link").all()) {
    const box = (await link.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewports.phone.width);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(
      (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id),
      scheme,
    ).toEqual([]);
  }

  // Escape closes it and gives focus back to the button.
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();

  // Following an entry goes there and closes the menu.
  await menu.click();
  await nav.getByRole("link", { name: "Subscribers" }).click();
  await expect(page).toHaveURL(/\/editor\/subscribers$/);
  await expect(page.getByRole("heading", { level: 1, name: "Subscribers" })).toBeVisible();
  await expect(nav).toBeHidden();
  await menu.click();
  await expect(nav.getByRole("link", { name: "Subscribers" })).toHaveAttribute("aria-current", "page");

  // A tap outside closes it.
  const panelBottom = await nav.evaluate((el) => el.parentElement!.getBoundingClientRect().bottom);
  expect(panelBottom).toBeLessThan(viewports.phone.height - 20);
  await page.mouse.click(180, viewports.phone.height - 10);
  await expect(nav).toBeHidden();
});

test("on a desktop every section is in the top bar, with no Menu button", async ({ page }) => {
  await page.setViewportSize(viewports.desktop);
  await ensureOwner(page);
  await signIn(page, owner);
  const nav = page.getByRole("navigation", { name: "Editor" });
  await expect(nav.getByRole("link")).toHaveText(sections);
  for (const link of await nav.getByRole("link").all()) await expect(link).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
});

test("on a phone subscribers are cards, and an address wraps only after @ or before a dot", async ({ page }) => {
  const address = `reader.with.a.rather.long.name-${Date.now()}@subscribers.example.org`;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.77" });
  await subscribe(page, address);
  await page.setViewportSize(viewports.phone);
  await ensureOwner(page);
  await signIn(page, owner);
  await page.goto(`/editor/subscribers?q=${encodeURIComponent(address)}`);
  const cell = page.getByText(address, { exact: true });
  await expect(cell).toBeVisible();
  // Where the browser broke the line: the characters that start a new line box.
  const breaks = await cell.evaluate((el) => {
    const text = el.textContent ?? "";
    const starts: string[] = [];
    let offset = 0;
    let lastTop: number | null = null;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.textContent!.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        if (lastTop !== null && top > lastTop) starts.push(`${text[offset + i - 1]}|${text[offset + i]}`);
        lastTop = top;
      }
      offset += node.textContent!.length;
    }
    return starts;
  });
  // A hyphen is a word's own break point; a break anywhere else is mid-word.
  expect(
    breaks.filter((b) => !(b.startsWith("@|") || b.endsWith("|.") || b.startsWith("-|"))),
    breaks.join(" "),
  ).toEqual([]);
  const box = (await cell.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(viewports.phone.width);
  // The row's actions are on screen too, and nothing scrolls sideways.
  // (Scrolled to first: the card may sit below the fold; a button cut off at the side stays cut off.)
  for (const name of [`Unsubscribe ${address}`, `Erase ${address}`]) {
    const button = page.getByRole("button", { name, exact: true });
    await button.scrollIntoViewIfNeeded();
    await expect(button).toBeInViewport({ ratio: 1 });
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test("categories show their order from 1, and admin forms suggest a slug until you edit it", async ({ page }) => {
  await ensureOwner(page);
  await signIn(page, owner);
  await page.goto("/editor/categories");
  const orders = await page.getByTestId("category-order").allTextContents();
  expect(orders.length).toBeGreaterThan(2);
  expect(orders).toEqual(orders.map((_, i) => `${i + 1}`));

  await page.getByText("+ New category").click();
  const panel = page.locator("details", { hasText: "+ New category" });
  await panel.getByLabel("Name").fill("Space Industry & Ports");
  await expect(panel.getByLabel("Slug")).toHaveValue("space-industry-and-ports");
  await panel.getByLabel("Slug").fill("space");
  await panel.getByLabel("Name").fill("Space Industry and Harbours");
  await expect(panel.getByLabel("Slug")).toHaveValue("space");
  // Emptying the slug hands it back to the suggestion.
  await panel.getByLabel("Slug").fill("");
  await panel.getByLabel("Name").press("End");
  await panel.getByLabel("Name").pressSequentially(" 2027");
  await expect(panel.getByLabel("Slug")).toHaveValue("space-industry-and-harbours-2027");

  await page.goto("/editor/authors");
  await page.getByText("+ New author").click();
  const author = page.locator("details", { hasText: "+ New author" });
  await author.getByLabel("Name").fill("Zoë Ångström");
  await expect(author.getByLabel("Slug")).toHaveValue("zoe-angstrom");

  await page.goto("/editor/events");
  await page.getByText("+ New event").click();
  const event = page.locator("details", { hasText: "+ New event" });
  await event.getByLabel("Title").fill("Shenzhen Hardware Tour 2027");
  await expect(event.getByLabel("Slug")).toHaveValue("shenzhen-hardware-tour-2027");

  // An existing entry's slug is its address: editing the name does not touch it.
  await page.goto("/editor/categories");
  const china = page.getByRole("listitem").filter({ hasText: "/china" }).first();
  await china.getByLabel("Edit China").click();
  await china.getByLabel("Name").fill("China and Hong Kong");
  await expect(china.getByLabel("Slug")).toHaveValue("china");
});
