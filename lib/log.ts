/**
 * Structured JSON logs (pino: fast, maintained, JSON by default). Secrets never reach the log:
 * known secret fields are censored by path, and email addresses are masked before logging.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";

type RequestContext = { reqId: string };

/**
 * The request being served, set by lib/server/request-context.ts. Kept on globalThis because the
 * server's bundles may each hold their own copy of this module.
 */
export const requestContext: AsyncLocalStorage<RequestContext> = ((globalThis as { __dispatchRequestContext?: AsyncLocalStorage<RequestContext> })
  .__dispatchRequestContext ??= new AsyncLocalStorage<RequestContext>());

const level = process.env.LOG_LEVEL ?? "info";

export const log = pino({
  level,
  base: { service: "dispatch" },
  timestamp: pino.stdTimeFunctions.isoTime,
  // Every line written while serving a request carries its id.
  mixin: () => {
    const context = requestContext.getStore();
    // A line that names its request itself (the access log) keeps its own.
    return context ? { reqId: context.reqId } : {};
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

/** The message of an unknown error, without a stack trace. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message.split("\n")[0] : String(err);
}
