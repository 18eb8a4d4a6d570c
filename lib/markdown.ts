/**
 * Markdown → sanitized HTML, the one renderer for reader pages, the editor preview and email
 * (the pipeline itself is lib/markdown/pipeline.mjs). On the server, pages and mail render
 * off the main thread (lib/markdown-off-thread.ts) and pass the HTML in; this synchronous
 * renderer is for the editor's live preview in the browser and for views that carry no HTML.
 */
import { renderMarkdownHtml } from "./markdown/pipeline.mjs";

/** Renders Markdown to HTML that is safe to insert into a page or an email. */
export function renderMarkdown(markdown: string): string {
  return renderMarkdownHtml(markdown);
}

/** The link itself when it is http(s), else null: for rendering links that came from the database. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  return value && isSafeHttpUrl(value) ? value : null;
}

/** True for the only URL schemes a link may carry. */
export function isSafeHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
