import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/** `npm run screenshots`: the README's pictures, phone and desktop, light and dark. */
export default defineConfig({
  ...base,
  testIgnore: [],
  projects: [{ name: "screenshots", testMatch: ["**/screenshots.spec.ts"], use: base.projects?.[0]?.use }],
});
