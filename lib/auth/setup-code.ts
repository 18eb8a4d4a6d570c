/**
 * The first-run setup's one-time code. /editor/setup creates the owner, so whoever reaches it
 * first would own the site; from the server itself (loopback) that is the operator, from
 * anywhere else it might not be. So a request from another address must also give this code,
 * which only the server's log shows (printed at start while no user exists). It lives in memory:
 * a restart prints a new one.
 */
import "server-only";
import { randomInt, timingSafeEqual } from "node:crypto";
import { log } from "@/lib/log";

const globalForCode = globalThis as unknown as { __dispatchSetupCode?: string };
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** The code of this process, made (and printed) on first use. */
export function setupCode(): string {
  if (!globalForCode.__dispatchSetupCode) {
    const code = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    globalForCode.__dispatchSetupCode = code;
    log.warn(
      `First-run setup: from another machine than this server, /editor/setup asks for the one-time code ${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`,
    );
  }
  return globalForCode.__dispatchSetupCode;
}

/** True for the server's own machine: 127.0.0.0/8, ::1, and IPv4 loopback seen through IPv6. */
export function isLoopback(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/^::ffff:/i, "");
  return bare === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

/** Whether a setup request from `address` carrying `given` may go ahead. */
export function setupAllowed(address: string, given: unknown): boolean {
  if (isLoopback(address)) return true;
  const expected = Buffer.from(setupCode());
  const typed = Buffer.from(typeof given === "string" ? given.toUpperCase().replace(/[^A-Z0-9]/g, "") : "");
  return typed.length === expected.length && timingSafeEqual(typed, expected);
}
