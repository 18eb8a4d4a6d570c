/** Types for scripts/chromium.cjs (plain CommonJS, so that plain Node and Playwright's config loader can load it). */
export type FoundChromium = { source: "env" | "playwright" | "system" | "npm"; executablePath: string | undefined; args: string[] };
export declare const COMMON_ARGS: string[];
export declare function findChromium(): FoundChromium;
export declare function chromiumLaunchOptions(): { executablePath?: string; args: string[] };
export declare function chromiumForLauncher(): FoundChromium;
