/**
 * Tokens in newsletter links (docs/security.md, "Tokens"). Confirmation: 32 random bytes, only the
 * SHA-256 stored. Unsubscribe: the subscriber id with an HMAC-SHA256 of it, so a link keeps
 * working in every past mail without storing anything, and cannot be forged or enumerated.
 */
import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

export const CONFIRM_TOKEN_TTL_MS = 48 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newConfirmToken(): { token: string; hash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token), expiresAt: new Date(Date.now() + CONFIRM_TOKEN_TTL_MS) };
}

/** A plausible token shape: 43 base64url characters (32 bytes). Anything else is refused early. */
export function isConfirmTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

function mac(subscriberId: number): string {
  return createHmac("sha256", authSecret()).update(`newsletter-unsubscribe:${subscriberId}`).digest("base64url");
}

export function unsubscribeToken(subscriberId: number): string {
  return `${subscriberId}.${mac(subscriberId)}`;
}

/** The subscriber id a token names, or null for a forged, truncated or malformed one. */
export function verifyUnsubscribeToken(token: string | null | undefined): number | null {
  const match = /^([1-9][0-9]{0,9})\.([A-Za-z0-9_-]{43})$/.exec(token ?? "");
  if (!match) return null;
  const id = Number(match[1]);
  const expected = Buffer.from(mac(id));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

/** A stable key for rate limits that does not keep the address itself. */
export function emailKey(email: string): string {
  return createHash("sha256").update(email).digest("hex").slice(0, 32);
}
