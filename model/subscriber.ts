/**
 * Email addresses at the boundary (docs/security.md, "Normalise before the unique index"): trimmed, lower-cased, one address only,
 * no CR/LF (header injection), international domains to punycode. A look-alike (Cyrillic) domain
 * becomes its own xn-- form and so stays a different address.
 */
import { domainToASCII } from "node:url";
import { z } from "zod";

const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** The canonical form of one address, or null when it is not one plain address. */
export function normaliseEmail(raw: string): string | null {
  const value = raw.trim();
  if (value.length === 0 || value.length > 254 || /[\r\n\s,;<>"()]/.test(value)) return null;
  const at = value.lastIndexOf("@");
  if (at <= 0 || value.indexOf("@") !== at) return null;
  const local = value.slice(0, at).toLowerCase();
  const domain = domainToASCII(value.slice(at + 1).toLowerCase());
  if (!domain || local.length > 64 || !LOCAL.test(local)) return null;
  const labels = domain.split(".");
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || /^[0-9]+$/.test(labels.at(-1)!)) return null;
  return `${local}@${domain}`;
}

export const emailSchema = z
  .string()
  .max(320, "That doesn't look like an email address.")
  .transform((v, ctx) => {
    const email = normaliseEmail(v);
    if (!email) {
      ctx.addIssue({ code: "custom", message: "That doesn't look like an email address." });
      return z.NEVER;
    }
    return email;
  });

const interestSchema = z.array(z.string().regex(/^[a-z0-9-]{1,80}$/)).max(50);

export const signupSchema = z.object({
  email: emailSchema,
  interests: interestSchema.default([]),
  /** The page the form was on, for the consent record. Only a local path is kept. */
  source: z
    .string()
    .max(300)
    .transform((v) => (/^\/[^/\\]/.test(v) || v === "/" ? v : "/"))
    .default("/"),
  /** Honeypot: people leave it empty; simple bots fill every field. */
  website: z.string().max(500).default(""),
});

export const preferencesSchema = z.object({ interests: interestSchema.default([]) });

/** The consent line shown beside the form, versioned: the exact text is kept with each signup. */
export const CONSENT_VERSION = "2026-11-v1";
export const CONSENT_TEXT = "Send me each new issue by email. I can unsubscribe at any time with one click; details in the privacy policy.";

/** A subscriber's state: double opt-in pending, confirmed, gone, or bounced (later sends skip them). */
export const subscriberStatuses = ["pending", "confirmed", "unsubscribed", "bounced"] as const;
export type SubscriberStatus = (typeof subscriberStatuses)[number];
