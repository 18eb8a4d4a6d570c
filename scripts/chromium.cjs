/**
 * The one place that picks the Chromium every browser-driving script launches (Playwright's
 * configs, the cluster tests, `npm run lighthouse`), in this order:
 *
 * 1. `CHROMIUM_PATH`, when set.
 * 2. Playwright's own browser, when `npx playwright install` could download it.
 * 3. A system Chromium (Debian's `chromium` package, Chrome).
 * 4. The Chromium inside the `@sparticuz/chromium` npm package, unpacked on first use into
 *    `node_modules/.cache/dispatch-chromium/` — so `npm install && npm test` needs no browser
 *    download and no root.
 *
 * `DISPATCH_BROWSER=npm` skips 2 and 3 (CI sets it, so every run proves the bare-machine path);
 * `DISPATCH_BROWSER=system` refuses to fall back to npm.
 *
 * Plain CommonJS and synchronous: Playwright's config loader compiles what it loads to CommonJS
 * and cannot await, and the Lighthouse script runs under plain Node. The unpacking itself is asynchronous, so it runs in a child Node process
 * (this file run directly), which also keeps the package's temp-folder handling away from ours.
 */
const { execFileSync } = require("node:child_process");
const { existsSync, mkdirSync, readFileSync, renameSync, rmSync } = require("node:fs");
const path = require("node:path");

const here = __filename;
const root = path.dirname(path.dirname(here));

/** Flags for every Chromium we launch: no sandbox (CI runs as root), nothing that calls home. */
const COMMON_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * From the npm build's own flag list (`chromium.args`), the ones it needs to run outside Lambda.
 * Left out on purpose: `--disable-web-security`, `--allow-running-insecure-content` and
 * `--disable-site-isolation-trials` (the security tests check what a real browser refuses),
 * `--single-process` (only needed for Lambda's seccomp; one process per renderer is what
 * Playwright's contexts expect) and its `--headless` form (Playwright and chrome-launcher add theirs).
 */
const NPM_BUILD_ARGS = ["--no-zygote", "--disable-setuid-sandbox", "--font-render-hinting=none", "--disable-dev-shm-usage"];

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

function npmVersion() {
  // Its package.json is not in the package's exports: read it from the folder.
  const file = path.join(root, "node_modules", "@sparticuz", "chromium", "package.json");
  return JSON.parse(readFileSync(file, "utf8")).version;
}

function npmCacheDir() {
  return path.join(root, "node_modules", ".cache", "dispatch-chromium", npmVersion());
}

/** Unpacks the npm build (once per version) and returns its executable. Runs in a child process. */
function unpackNpmChromium() {
  const dir = npmCacheDir();
  const exe = path.join(dir, "chromium");
  if (existsSync(exe)) return exe;
  // Unpack into a private folder, then rename: two processes starting at once never see half a file.
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  execFileSync(process.execPath, [here, "--unpack-into-tmpdir"], {
    env: { ...process.env, TMPDIR: partial },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    renameSync(partial, dir);
  } catch (err) {
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(exe)) throw err;
  }
  return exe;
}

function playwrightOwnBrowser() {
  try {
    const exe = require("playwright-core").chromium.executablePath();
    return exe && existsSync(exe) ? exe : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where the browser comes from and how to launch it.
 * @returns {{ source: "env" | "playwright" | "system" | "npm", executablePath: string | undefined, args: string[] }}
 */
function findChromium() {
  const mode = process.env.DISPATCH_BROWSER ?? "auto";
  if (!["auto", "npm", "system"].includes(mode)) throw new Error(`DISPATCH_BROWSER must be auto, npm or system (got "${mode}")`);
  if (process.env.CHROMIUM_PATH && mode !== "npm") {
    return { source: "env", executablePath: process.env.CHROMIUM_PATH, args: COMMON_ARGS };
  }
  if (mode === "auto") {
    // Playwright finds its own browser when no executable is named.
    const own = playwrightOwnBrowser();
    if (own) return { source: "playwright", executablePath: undefined, args: COMMON_ARGS };
  }
  if (mode !== "npm") {
    const system = SYSTEM_PATHS.find((p) => existsSync(p));
    if (system) return { source: "system", executablePath: system, args: COMMON_ARGS };
    if (mode === "system") throw new Error(`DISPATCH_BROWSER=system, but none of ${SYSTEM_PATHS.join(", ")} exists`);
  }
  return { source: "npm", executablePath: unpackNpmChromium(), args: [...COMMON_ARGS, ...NPM_BUILD_ARGS] };
}

/** For Playwright's `launchOptions`. */
function chromiumLaunchOptions() {
  const { executablePath, args } = findChromium();
  return executablePath ? { executablePath, args } : { args };
}

/** For chrome-launcher (Lighthouse), which needs a path: Playwright's own browser counts too. */
function chromiumForLauncher() {
  const found = findChromium();
  const executablePath = found.executablePath ?? playwrightOwnBrowser();
  return { ...found, executablePath };
}

module.exports = { COMMON_ARGS, findChromium, chromiumLaunchOptions, chromiumForLauncher };

// `node scripts/chromium.cjs`: prints what would be launched (and unpacks the npm build if needed).
if (require.main === module) {
  if (process.argv[2] === "--unpack-into-tmpdir") {
    import("@sparticuz/chromium")
      .then(({ default: chromium }) => chromium.executablePath())
      .catch((err) => {
        console.error(err);
        process.exit(1);
      });
  } else {
    console.log(JSON.stringify(chromiumForLauncher()));
  }
}
