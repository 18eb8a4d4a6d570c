import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/** `npm run screenshots`: the README's pictures, phone and desktop, light and dark. */
export default defineConfig({
  ...base,
  testIgnore: [],
  // The reader pictures are taken before the editor ones sign anyone up: one file at a time.
  workers: 1,
  projects: [{ name: "screenshots", testMatch: ["**/screenshots.spec.ts"], use: base.projects?.[0]?.use }],
});
