/**
 * Request-size limits in one place (safe to import from next.config.ts and the browser).
 *
 * Server actions carry form fields and issue drafts, never files: images go to the upload route
 * handler as a raw body with its own 10 MB cap (lib/media/image-check.ts). The largest action
 * body is an issue draft saved as JSON; a long real issue is about 20–60 KB, so a draft may be
 * 1 MB (some 20 times the longest we have seen) and the body limit, 2 MB, leaves room for the
 * encoding around it. Anything above is refused before it is read whole.
 */
export const SERVER_ACTION_BODY_LIMIT = "2mb";
export const SERVER_ACTION_BODY_BYTES = 2 * 1024 * 1024;

/** An issue draft as saved (its JSON, in UTF-8 bytes). */
export const MAX_DRAFT_BYTES = 1024 * 1024;

/** The message for a draft over MAX_DRAFT_BYTES, or null. Checked in the browser before sending and on the server. */
export function draftSizeProblem(draft: unknown): string | null {
  const bytes = new TextEncoder().encode(JSON.stringify(draft)).byteLength;
  if (bytes <= MAX_DRAFT_BYTES) return null;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `This issue is too long to save (${mb(bytes)}; at most ${mb(MAX_DRAFT_BYTES)}). Shorten or remove some sections; your text stays in this tab.`;
}
