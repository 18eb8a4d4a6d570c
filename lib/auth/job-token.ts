/**
 * A bearer token for internal job endpoints (the scheduler and `npm run publish:due` call
 * /api/cron/publish-due). Derived from the session secret, so there is nothing extra to configure.
 */
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "./secret";

export function jobToken(secret = authSecret()): string {
  return createHmac("sha256", secret).update("dispatch:jobs:publish-due").digest("base64url");
}

export function isJobRequest(request: Request): boolean {
  const given = Buffer.from((request.headers.get("authorization") ?? "").replace(/^Bearer\s+/i, ""));
  const expected = Buffer.from(jobToken());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
