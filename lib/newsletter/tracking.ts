/**
 * Signed tracking links. Each open pixel and each redirect carries an HMAC (the app secret) over
 * what it names, so nobody can count events for others or turn /t/c into an open redirect: the
 * target URL is part of the signed text, and an altered one fails the check.
 */
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { absoluteUrl } from "@/lib/env";

/** 128 bits of HMAC-SHA256, base64url: enough against forgery, short in every link. */
function mac(text: string): string {
  return createHmac("sha256", authSecret()).update(`send-tracking:${text}`).digest("base64url").slice(0, 22);
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const openText = (sendId: number, subscriberId: number) => `open:${sendId}:${subscriberId}`;
const clickText = (sendId: number, subscriberId: number, link: number, url: string) => `click:${sendId}:${subscriberId}:${link}:${url}`;

export function openPixelUrl(sendId: number, subscriberId: number): string {
  return absoluteUrl(`/t/o/${sendId}.${subscriberId}.${mac(openText(sendId, subscriberId))}`);
}

export function clickUrl(sendId: number, subscriberId: number, link: number, url: string): string {
  return absoluteUrl(
    `/t/c/${sendId}.${subscriberId}.${link}.${mac(clickText(sendId, subscriberId, link, url))}?u=${encodeURIComponent(url)}`,
  );
}

export function verifyOpen(t: { sendId: number; subscriberId: number; mac: string }): boolean {
  return same(mac(openText(t.sendId, t.subscriberId)), t.mac);
}

export function verifyClick(t: { sendId: number; subscriberId: number; link: number; mac: string }, url: string): boolean {
  return same(mac(clickText(t.sendId, t.subscriberId, t.link, url)), t.mac);
}
