/**
 * Helpers for the bad-input suite: a parse5 (the HTML5 parsing algorithm browsers use) walk that
 * lists everything in a piece of HTML that could run script, and the payloads we throw at it.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

export const scriptPayloads = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "</script><script>alert(1)</script>",
  "<iframe src=javascript:alert(1)></iframe>",
  '<a href="javascript:alert(1)">x</a>',
];
/** One string carrying every payload, for fields that are filled once. */
export const allPayloads = scriptPayloads.join(" ");
/** Markdown links whose target must never become a live link. */
export const markdownLinkPayloads = [
  "[a](javascript:alert(1))",
  "[b](JaVaScRiPt:alert(1))",
  "[c](java&#x73;cript:alert(1))",
  "[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[e](vbscript:msgbox(1))",
  "<javascript:alert(1)>",
  "[f][ref]\n\n[ref]: javascript:alert(1)",
];

const dangerousTags = new Set([
  "script",
  "iframe",
  "frame",
  "object",
  "embed",
  "svg",
  "math",
  "base",
  "form",
  "img",
  "style",
  "link",
  "meta",
]);
const urlAttributes = new Set(["href", "src", "action", "formaction", "xlink:href", "srcdoc", "data", "poster", "background"]);

/** What a browser would normalise a URL attribute to before looking at its scheme. */
function scheme(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
}

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

/**
 * Everything live in `html`: dangerous elements, on* handlers, and javascript:/data:/vbscript: in
 * URL attributes. `allow` lists tags the page legitimately has (e.g. its own scripts and images),
 * which are then still checked for handlers and URLs.
 */
export function liveScript(html: string, options: { document?: boolean; allow?: string[] } = {}): string[] {
  const root: Node = options.document ? parse(html) : parseFragment(html);
  const allow = new Set(options.allow ?? []);
  const found: string[] = [];
  const walk = (node: Node) => {
    if (isElement(node)) {
      const tag = node.tagName.toLowerCase();
      if (dangerousTags.has(tag) && !allow.has(tag)) found.push(`<${tag}>`);
      if (tag === "script" && allow.has("script")) {
        const type = node.attrs.find((a) => a.name === "type")?.value;
        const text = node.childNodes.map((c) => ("value" in c ? (c as { value: string }).value : "")).join("");
        if (type === "application/ld+json") {
          try {
            JSON.parse(text);
          } catch {
            found.push("broken JSON-LD script");
          }
        } else if (/alert\(1\)/.test(text)) found.push("payload inside a script");
      }
      for (const a of node.attrs) {
        if (a.name.toLowerCase().startsWith("on")) found.push(`${tag}[${a.name}]`);
        // React's own placeholder on a server-action form rendered outside Next is not data.
        if (tag === "form" && a.name === "action" && a.value.startsWith("javascript:throw new Error('React form unexpectedly submitted"))
          continue;
        if (urlAttributes.has(a.name.toLowerCase()) && /^(javascript|data|vbscript):/.test(scheme(a.value)))
          found.push(`${tag}[${a.name}=${a.value.slice(0, 40)}]`);
      }
    }
    const children =
      "content" in node && node.tagName === "template" ? node.content.childNodes : "childNodes" in node ? node.childNodes : [];
    for (const child of children as Node[]) walk(child);
  };
  walk(root);
  return found;
}

/** Text of the page as a reader sees it: the payload must be there, as text. */
export function textOf(html: string): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if ("value" in node && node.nodeName === "#text") out.push((node as { value: string }).value);
    if (isElement(node) && (node.tagName === "script" || node.tagName === "style")) return;
    if ("childNodes" in node) for (const c of node.childNodes as Node[]) walk(c);
  };
  walk(parseFragment(html));
  return out.join("");
}
