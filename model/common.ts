/** Small zod pieces shared by every editor form; safe to import on the client. */
import { z } from "zod";
import { isSafeHttpUrl } from "./url";

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugSchema = z
  .string()
  .trim()
  .min(1, "Give it a slug.")
  .max(120, "At most 120 characters.")
  .regex(slugPattern, "Lower-case letters, digits and single hyphens only, e.g. china-february-2025.");

/** An optional http(s) link: empty becomes null; javascript:, data: and the rest are refused. */
export const optionalHttpUrl = z
  .string()
  .trim()
  .max(2000, "That link is too long.")
  .transform((v) => (v === "" ? null : v))
  .refine((v) => v === null || isSafeHttpUrl(v), "Use a full http:// or https:// link.")
  .nullable()
  .default(null);

export const idSchema = z.coerce.number().int().positive();

/** The id of a form that edits an existing row, or null (empty) for a new one. */
export const optionalId = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? null : v),
  z.coerce.number().int().positive().nullable(),
);

/**
 * One line of text: line breaks (and other vertical whitespace) become a space. Titles and names
 * end up in mail subjects and headers, where a line break would start a new header.
 */
export function singleLine(value: string): string {
  return value.replace(/[\r\n\v\f\u0085\u2028\u2029]+/g, " ");
}

/** Suggests a slug from a title: "Chinese Innovation News – February 2025" → "chinese-innovation-news-february-2025". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

/**
 * An image of our media library (or the shipped demo files), never one from elsewhere: a local
 * path under /media/ or /demo/ with no ".." in it.
 */
export function isLibraryImagePath(value: string): boolean {
  return /^\/(media|demo)\/[A-Za-z0-9][A-Za-z0-9/_.-]*$/.test(value) && !value.includes("..");
}

export type FieldErrors = Record<string, string>;

/** zod issues → `{ "sections.2.title": "…" }`, the first message per field. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}
