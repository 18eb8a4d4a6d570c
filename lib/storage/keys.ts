/** Media keys: made by the server, checked by every backend before it touches a file or a bucket. */

/** Keys are server-made: two hex characters of fan-out, a random name, a known extension. */
export const KEY_PATTERN = /^[0-9a-f]{2}\/[A-Za-z0-9_-]{16,64}\.(png|jpg|webp|gif)$/;

export function isValidKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** Refuses a key that the server could not have made (before any write or delete). */
export function assertValidKey(key: string): void {
  if (!isValidKey(key)) throw new Error(`Not a media key: ${JSON.stringify(key.slice(0, 100))}`);
}

const CONTENT_TYPES: Record<string, string> = { png: "image/png", jpg: "image/jpeg", webp: "image/webp", gif: "image/gif" };

/** The Content-Type of a valid key, from the extension the server chose. */
export function contentTypeOf(key: string): string {
  return CONTENT_TYPES[key.slice(key.lastIndexOf(".") + 1)] ?? "application/octet-stream";
}

/** Media never changes under a key, so every cache may keep it for a year. */
export const MEDIA_CACHE_CONTROL = "public, max-age=31536000, immutable";
