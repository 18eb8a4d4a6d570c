/**
 * Structured JSON logs (pino: fast, maintained, JSON by default). Secrets never reach the log:
 * known secret fields are censored by path, and email addresses are masked before logging.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";
import { envValue } from "./env";

/** `userId` is filled in by the guard (lib/auth.ts) once it knows who is signed in. */
type RequestContext = { reqId: string; userId?: number };

/**
 * The request being served, set by lib/server/request-context.ts. Kept on globalThis because the
 * server's bundles may each hold their own copy of this module.
 */
export const requestContext: AsyncLocalStorage<RequestContext> = ((
  globalThis as { __dispatchRequestContext?: AsyncLocalStorage<RequestContext> }
).__dispatchRequestContext ??= new AsyncLocalStorage<RequestContext>());

const level = envValue("LOG_LEVEL");

export const log = pino({
  level,
  base: { service: "dispatch" },
  timestamp: pino.stdTimeFunctions.isoTime,
  // Every line written while serving a request carries its id.
  mixin: () => {
    const context = requestContext.getStore();
    // A line that names its request itself (the access log) keeps its own.
    if (!context) return {};
    return context.userId ? { reqId: context.reqId, userId: context.userId } : { reqId: context.reqId };
  },
  redact: {
    paths: [
      "password",
      "*.password",
      "token",
      "*.token",
      "cookie",
      "*.cookie",
      "headers.cookie",
      "headers.authorization",
      "authorization",
      "secret",
      "*.secret",
    ],
    censor: "[redacted]",
  },
});

/** "reader@example.com" → "r***@example.com": enough to correlate, not enough to identify. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  return `${email[0]}***${email.slice(at)}`;
}

/**
 * "203.0.113.77" → "203.0.113.x", an IPv6 address → its /48 and "::x": enough to tell networks
 * apart in the audit trail, not enough to name a household.
 */
export function maskAddress(address: string): string {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(address)) return address.replace(/\.\d+$/, ".x");
  if (address.includes(":")) {
    const groups = address.split("::")[0].split(":").filter(Boolean).slice(0, 3);
    return `${groups.join(":")}::x`;
  }
  return address === "unknown" || address === "" ? address : "***";
}

/** The message of an unknown error, without a stack trace. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message.split("\n")[0] : String(err);
}
