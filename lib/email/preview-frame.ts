/**
 * Mail shown inside the editor (outbox, send preview) sits in a sandboxed iframe: no scripts, no
 * forms, no same-origin access. Its links must still open — in the embedded demo the outbox is
 * where a reader confirms a subscription — so popups are allowed (and may leave the sandbox, or
 * the opened page would be sandboxed too), and a `<base target="_blank">` sends every link to a
 * new tab instead of navigating the frame.
 */
export const PREVIEW_SANDBOX = "allow-popups allow-popups-to-escape-sandbox";

export function withLinksInNewTab(html: string): string {
  const base = '<base target="_blank">';
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${base}`) : `${base}${html}`;
}
