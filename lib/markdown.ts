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
