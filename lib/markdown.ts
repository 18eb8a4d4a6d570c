/**
 * Markdown → sanitized HTML, the one renderer for reader pages, the editor preview and email.
 * unified/remark/rehype: a maintained, AST-based pipeline that needs no DOM on the server.
 * Sanitizing happens on the HTML tree after rendering, so raw HTML in Markdown, event handlers and
 * non-http(s)/mailto URLs never survive, whatever the input.
 */
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

const schema: SanitizeSchema = {
  ...defaultSchema,
  // Images belong in a section's figure (sized, captioned, credited), not inline in the body.
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !["img", "picture", "source", "input"].includes(t)),
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], cite: ["http", "https"] },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // Raw HTML in the Markdown is dropped by remark-rehype (allowDangerousHtml stays off).
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeExternalLinks, { target: "_blank", rel: ["noopener", "noreferrer"] })
  .use(rehypeStringify);

/** Renders Markdown to HTML that is safe to insert into a page or an email. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
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
