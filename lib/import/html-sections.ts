/**
 * An imported post's HTML as issue sections: parsed and sanitised on the HTML tree
 * (rehype-sanitize, GitHub's schema: no scripts, styles, event handlers or javascript: links),
 * split at its h2 headings, each part turned into Markdown by rehype-remark (links, lists,
 * quotes, emphasis and lower headings kept). Our Markdown renderer shows no inline images, so
 * every image becomes a section's figure: a part with a second image continues in a new section.
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkStringify from "remark-stringify";
import { unified } from "unified";

export type HtmlImage = { src: string; alt: string; caption: string };
export type HtmlSection = { title: string; markdown: string; image: HtmlImage | null };

const schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "figure", "figcaption"],
  attributes: { ...defaultSchema.attributes, img: [...(defaultSchema.attributes?.img ?? []), "alt", "title"] },
};

const MAX_BODY = 50_000;
const MAX_SECTIONS = 60;

function textOf(node: RootContent | ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

// Not a type guard on purpose: a false answer for one tag name says nothing about the node's type.
const isElement = (node: RootContent | ElementContent, ...names: string[]): boolean =>
  node.type === "element" && names.includes(node.tagName);
const props = (node: RootContent | ElementContent) => (node as Element).properties;

/** Takes the images out of `node` (in document order), with the caption of their figure. */
function takeImages(node: Element, found: HtmlImage[], caption = ""): void {
  const figcaption = isElement(node, "figure") ? node.children.find((c) => isElement(c, "figcaption")) : undefined;
  const ownCaption = figcaption ? textOf(figcaption).trim() : caption;
  node.children = node.children.filter((child) => {
    if (isElement(child, "img")) {
      const src = typeof props(child).src === "string" ? String(props(child).src) : "";
      if (src) found.push({ src, alt: String(props(child).alt ?? "").trim(), caption: ownCaption });
      return false;
    }
    if (child === figcaption) return false;
    if (child.type === "element") takeImages(child, found, ownCaption);
    return true;
  });
}

function hasContent(node: RootContent): boolean {
  if (node.type === "text") return node.value.trim() !== "";
  if (node.type === "element")
    return node.tagName === "hr" || node.tagName === "br" ? false : node.children.some((c) => hasContent(c as RootContent));
  return false;
}

/** A lone wrapper (`<div>`, `<article>`) around everything is looked through. */
function topLevel(root: Root): RootContent[] {
  let children = root.children.filter((c) => c.type !== "text" || c.value.trim() !== "");
  while (children.length === 1 && isElement(children[0], "div", "article", "section", "main")) {
    children = (children[0] as Element).children.filter((c) => c.type !== "text" || c.value.trim() !== "") as RootContent[];
  }
  return children;
}

function toMarkdown(nodes: RootContent[]): string {
  const processor = unified().use(rehypeRemark).use(remarkStringify, { bullet: "-", emphasis: "*", rule: "-" });
  const mdast = processor.runSync({ type: "root", children: nodes } as Root);
  const out = processor.stringify(mdast as Parameters<typeof processor.stringify>[0]).trim();
  return out.length > MAX_BODY ? `${out.slice(0, MAX_BODY - 1)}…` : out;
}

/** The post's sections: the part before the first h2 is titled `leadTitle`. */
export function htmlToSections(html: string, leadTitle: string): HtmlSection[] {
  const parsed = unified().use(rehypeParse, { fragment: true }).parse(html);
  const clean = unified().use(rehypeSanitize, schema).runSync(parsed) as Root;
  type Part = { title: string; nodes: RootContent[]; image: HtmlImage | null };
  const parts: Part[] = [];
  let current: Part = { title: leadTitle, nodes: [], image: null };
  const push = () => {
    if (current.image || current.nodes.some(hasContent)) parts.push(current);
  };
  for (const child of topLevel(clean)) {
    if (isElement(child, "h1", "h2")) {
      push();
      current = { title: textOf(child).replace(/\s+/g, " ").trim().slice(0, 300) || leadTitle, nodes: [], image: null };
      continue;
    }
    if (child.type === "element") {
      const images: HtmlImage[] = [];
      if (isElement(child, "img")) {
        images.push({ src: String(props(child).src ?? ""), alt: String(props(child).alt ?? "").trim(), caption: "" });
      } else takeImages(child, images);
      for (const image of images.filter((i) => i.src)) {
        if (current.image) {
          push();
          current = { title: `${current.title.replace(/ \(continued\)$/, "")} (continued)`.slice(0, 300), nodes: [], image };
        } else current.image = image;
      }
      if (isElement(child, "img")) continue;
    }
    current.nodes.push(child);
  }
  push();
  return parts.slice(0, MAX_SECTIONS).map((p) => ({ title: p.title, markdown: toMarkdown(p.nodes), image: p.image }));
}
