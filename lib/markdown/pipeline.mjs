/**
 * The Markdown pipeline, in plain JavaScript so that the render worker (render-worker.mjs, which
 * Node loads from disk, outside Next's bundle) and lib/markdown.ts share one definition.
 * unified/remark/rehype: a maintained, AST-based pipeline that needs no DOM on the server.
 * Sanitizing happens on the HTML tree after rendering, so raw HTML, event handlers and
 * non-http(s)/mailto URLs never survive, whatever the input.
 */
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/**
 * rehype-sanitize prefixes ids (and the footnote links pointing at them) with "user-content-";
 * remark-rehype already writes its footnote ids as "user-content-fn-…", so the default clobber
 * prefix doubled them into ids that no link pointed at. Footnotes get their prefix once, here.
 */
const schema = {
  ...defaultSchema,
  // Images belong in a section's figure (sized, captioned, credited), not inline in the body.
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !["img", "picture", "source", "input"].includes(t)),
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], cite: ["http", "https"] },
  clobberPrefix: "",
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // Raw HTML in the Markdown is dropped by remark-rehype (allowDangerousHtml stays off).
  .use(remarkRehype, { clobberPrefix: "user-content-" })
  .use(rehypeSanitize, schema)
  .use(rehypeExternalLinks, { target: "_blank", rel: ["noopener", "noreferrer"] })
  .use(rehypeStringify);

/** Container markers (quote, bullet, number) a line may open; deeper nesting overflowed the stack. */
export const MAX_NESTING = 8;
const CONTAINER_PREFIX = /^(?:[ \t]{0,3}(?:>|[*+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*)+/gm;
const MARKER = /[ \t]{0,3}(?:>|[*+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*/g;
/** Indentation past this many columns only nests lists deeper; it is cut to this. */
const MAX_INDENT = 4 * MAX_NESTING;

/** The input with every line's nesting cut to MAX_NESTING levels. */
export function boundNesting(markdown) {
  return markdown
    .replace(CONTAINER_PREFIX, (prefix) => {
      const markers = prefix.match(MARKER) ?? [];
      return markers.length > MAX_NESTING ? markers.slice(0, MAX_NESTING).join("") : prefix;
    })
    .replace(new RegExp(`^[ \\t]{${MAX_INDENT + 1},}`, "gm"), " ".repeat(MAX_INDENT));
}

const escapes = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** The text as escaped paragraphs: what a field shows when its Markdown cannot be rendered in time. */
export function plainParagraphs(markdown) {
  return markdown
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/[&<>"']/g, (c) => escapes[c]).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}

/** Markdown → sanitized HTML; never throws (a parser failure shows the text as paragraphs). */
export function renderMarkdownHtml(markdown) {
  try {
    return String(processor.processSync(boundNesting(markdown)));
  } catch {
    return plainParagraphs(markdown);
  }
}
