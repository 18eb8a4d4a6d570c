/** The safe-URL rule: the only schemes a link that came from an editor may carry (http and https). */

/** True for the only URL schemes a link may carry. */
export function isSafeHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** The link itself when it is http(s), else null: for rendering links that came from the database. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  return value && isSafeHttpUrl(value) ? value : null;
}
