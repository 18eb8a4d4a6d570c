import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/chromium.cjs";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;
export const e2eDataDir = process.env.E2E_DATA_DIR ?? ".data-e2e";
/** The SMTP sink the newsletter tests start (e2e/newsletter); the server sends its mail there. */
/** Everything the server prints (its JSON log and Next's own lines); e2e/editor/secrets-in-logs.spec.ts reads it. */
export const e2eServerLog = `${e2eDataDir}-server.log`;
/** Searches per minute per client on the e2e server (e2e/reader/search-limit.spec.ts runs into it). */
export const e2eSearchLimit = 60;
export const e2eSmtpPort = Number(process.env.E2E_SMTP_PORT ?? 2525);

// Playwright's own browser, a system Chromium, or the one from npm (scripts/chromium.cjs).
const launchOptions = chromiumLaunchOptions();

export default defineConfig({
  testDir: "./e2e",
  testIgnore: ["**/screenshots.spec.ts"],
  // Files run one after another within a worker. Reader files are independent and run on two
  // workers; the editor files share one owner account and run in order on one (see below).
  fullyParallel: false,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    // CI keeps only its log: a trace recorded for every test there costs time and is never read.
    trace: process.env.CI ? "off" : "retain-on-failure",
    launchOptions,
  },
  projects: [
    { name: "chromium", testIgnore: ["**/editor/**", "**/screenshots.spec.ts"], use: { ...devices["Desktop Chrome"], launchOptions } },
    // Editor tests publish issues, which changes the reader pages: they run after the reader tests.
    {
      name: "editor",
      testMatch: ["**/editor/**/*.spec.ts"],
      dependencies: ["chromium"],
      workers: 1,
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
  ],
  webServer: {
    // A fresh embedded database each run: migrate, seed, build, serve (the README's `npm start`).
    // Its output is also kept in a file, so a test can read what the server logged.
    command: `rm -rf ${e2eDataDir} ${e2eServerLog} && npm start 2>&1 | tee ${e2eServerLog}`,
    url: `${baseURL}/api/health`,
    timeout: 420_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATA_DIR: e2eDataDir,
      PORT: String(port),
      SITE_URL: baseURL,
      DATABASE_URL: "",
      SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort}`,
      MAIL_FROM: "Dispatch <newsletter@dispatch.test>",
      NEXT_TELEMETRY_DISABLED: "1",
      // The tests play several clients by sending X-Forwarded-For, as a proxy in front would.
      TRUST_PROXY: "1",
      SEARCH_LIMIT_PER_MINUTE: String(e2eSearchLimit),
      LOG_LEVEL: "info",
    },
  },
});
