import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown";
import { isSafeHttpUrl } from "@/model/url";

/** Payloads from the usual XSS cheat sheets; none may survive as markup that runs. */
const payloads = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  '<svg onload="alert(1)"><circle r="1"/></svg>',
  '<a href="javascript:alert(1)">x</a>',
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](java\tscript:alert(1))",
  "[click](&#106;avascript:alert(1))",
  "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[vb](vbscript:msgbox(1))",
  '<iframe src="https://evil.example"></iframe>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  "<details open ontoggle=alert(1)>",
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '![x](https://example.com/a.png" onerror="alert(1))',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
  "<<script>script>alert(1)<</script>/script>",
  '<a href="https://ok.example" onclick="alert(1)">ok</a>',
];

describe("renderMarkdown", () => {
  it.each(payloads)("leaves nothing executable in %s", (payload) => {
    const html = renderMarkdown(`Before\n\n${payload}\n\nAfter`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(iframe|svg|math|form|img|style|object|embed)\b/i);
    // No event-handler attribute inside any tag (text that merely mentions one is harmless).
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    // Every URL attribute that survived is http(s), mailto or an in-page anchor.
    for (const [, value] of html.matchAll(/\s(?:href|src|action|formaction|xlink:href)\s*=\s*"([^"]*)"/gi)) {
      expect(value).toMatch(/^(https?:|mailto:|#)/i);
    }
    // The surrounding text is kept.
    expect(html).toContain("Before");
    expect(html).toContain("After");
  });

  it("renders ordinary Markdown: emphasis, lists, links that open a new tab safely", () => {
    const html = renderMarkdown("Some **bold** text.\n\n- one\n- two\n\n[Source](https://example.com/a)");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toMatch(/<ul>\s*<li>one<\/li>/);
    expect(html).toContain('href="https://example.com/a"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it("keeps mailto links and drops non-http schemes from links", () => {
    expect(renderMarkdown("[mail](mailto:hi@example.com)")).toContain('href="mailto:hi@example.com"');
    const html = renderMarkdown("[x](javascript:alert(1)) and [y](ftp://example.com)");
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("ftp:");
    expect(html).toContain(">x<");
  });

  it("shows raw HTML as nothing rather than as markup", () => {
    const html = renderMarkdown('<b onmouseover="x()">hi</b>');
    expect(html).not.toContain("<b");
    expect(html).not.toContain("onmouseover");
  });
});

describe("isSafeHttpUrl", () => {
  it.each([
    ["https://example.com", true],
    ["http://example.com/a?b=c", true],
    ["javascript:alert(1)", false],
    ["data:text/html,hi", false],
    ["vbscript:x", false],
    ["//example.com", false],
    ["not a url", false],
  ])("%s → %s", (url, ok) => {
    expect(isSafeHttpUrl(url)).toBe(ok);
  });
});
