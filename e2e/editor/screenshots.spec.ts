/** `npm run screenshots` also takes the editor's pictures: phone and desktop, light and dark. */
import { expect, test } from "@playwright/test";
import { ensureOwner, owner, signIn } from "./helpers";

const outDir = process.env.SCREENSHOT_DIR ?? "docs/screenshots";

const viewports = [
  ["desktop", { width: 1440, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const;

for (const scheme of ["light", "dark"] as const) {
  for (const [device, viewport] of viewports) {
    test(`editor, ${scheme} ${device}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      await ensureOwner(page);
      await page.goto("/editor/login");
      await page.screenshot({ path: `${outDir}/editor-login-${device}-${scheme}.png` });
      await signIn(page, owner);
      await page.getByRole("heading", { name: /Hello/ }).waitFor();
      await page.screenshot({ path: `${outDir}/editor-dashboard-${device}-${scheme}.png` });
      await page.goto("/editor/issues");
      await page.getByRole("table").waitFor();
      await page.screenshot({ path: `${outDir}/editor-issues-${device}-${scheme}.png` });
      await page.getByRole("link", { name: "Chinese Innovation News – February 2025" }).click();
      await page.getByTestId("save-status").waitFor();
      // Not "networkidle": a cold server's prefetches can keep the network busy past any timeout.
      await page.waitForLoadState("load");
      await page.waitForFunction(() => document.fonts.status === "loaded");
      // The live preview is an iframe with its own load: a picture taken before it drew shows a blank pane.
      const preview = page.frameLocator('iframe[title="Live preview"]');
      if (device === "desktop") await preview.getByRole("heading", { level: 1 }).waitFor();
      await page.screenshot({ path: `${outDir}/editor-issue-${device}-${scheme}.png` });
      if (device === "desktop") {
        await page.getByRole("heading", { name: /Section 6/ }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${outDir}/editor-sections-${device}-${scheme}.png` });
      } else {
        await page.getByRole("tab", { name: "preview" }).click();
        await expect(page.getByTitle("Live preview")).toBeVisible();
        await preview.getByRole("heading", { level: 1 }).waitFor();
        await page.screenshot({ path: `${outDir}/editor-preview-${device}-${scheme}.png` });
      }
      await page.goto("/editor/subscribers");
      await page.getByRole("table").waitFor();
      await page.screenshot({ path: `${outDir}/editor-subscribers-${device}-${scheme}.png` });
      if (device === "phone") {
        await page.getByRole("button", { name: "Menu" }).click();
        await page.getByRole("navigation", { name: "Editor" }).waitFor();
        await page.screenshot({ path: `${outDir}/editor-menu-${device}-${scheme}.png` });
      }
      await page.goto("/editor/users");
      await page.getByText(owner.email).waitFor();
      await page.screenshot({ path: `${outDir}/editor-users-${device}-${scheme}.png` });
    });
  }
}
