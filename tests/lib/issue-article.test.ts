import { describe, expect, it } from "vitest";
import { imageAttributes } from "@/components/ui/Image";
import {
  articleAuthor,
  articleEvent,
  articleHeader,
  articleSections,
  COVER_SIZES,
  FIGURE_SIZES,
  type ArticleRenderers,
} from "@/lib/issue-article";
import { renderMarkdown } from "@/lib/markdown";
import type { IssueView, IssueViewSection } from "@/model/issue-view";

const section = (over: Partial<IssueViewSection>): IssueViewSection => ({
  id: 1,
  kind: "story",
  title: "A story",
  tldr: "One line",
  sourceUrl: null,
  body: "Some **bold** text.",
  image: null,
  imageAlt: "",
  imageWidth: null,
  imageHeight: null,
  caption: null,
  credit: null,
  items: [],
  ...over,
});

/** The renderers the reader page gives: the real Markdown pipeline and next/image's attributes. */
const renderers: ArticleRenderers = { markdown: renderMarkdown, image: imageAttributes };

describe("articleSections: what the article's client renderer is sent", () => {
  it("numbers stories and roundups as the TL;DR does and leaves the callout unnumbered", () => {
    const out = articleSections([section({ id: 1 }), section({ id: 2, kind: "callout" }), section({ id: 3, kind: "roundup" })], renderers);
    expect(out.map((s) => [s.id, s.number])).toEqual([
      [1, 1],
      [2, null],
      [3, 2],
    ]);
  });

  it("uses the HTML the server rendered and renders only a body that has none", () => {
    const calls: string[] = [];
    const render = { ...renderers, markdown: (md: string) => (calls.push(md), `<p>rendered ${md}</p>`) };
    const [given, missing] = articleSections(
      [section({ id: 1, html: "<p>from the worker</p>" }), section({ id: 2, body: "draft" })],
      render,
    );
    expect(given.html).toBe("<p>from the worker</p>");
    expect(missing.html).toBe("<p>rendered draft</p>");
    expect(calls).toEqual(["draft"]);
  });

  it("sends an empty body as no HTML at all", () => {
    const [s] = articleSections([section({ body: "  \n ", html: "<p></p>" })], renderers);
    expect(s.html).toBe("");
  });

  it("sends no Markdown source and no field the article does not draw", () => {
    const [s] = articleSections([section({ tldr: "Only in the TL;DR", body: "Some **bold** text." })], renderers);
    const sent = JSON.stringify(s);
    expect(sent).toContain("<strong>bold</strong>");
    expect(sent).not.toContain("**bold**");
    expect(sent).not.toContain("Only in the TL;DR");
    expect(Object.keys(s).sort()).toEqual(["figure", "html", "id", "items", "kind", "number", "sourceUrl", "title"]);
  });

  it("keeps only http(s) links, for sections and roundup items alike", () => {
    const [s] = articleSections(
      [
        section({
          kind: "roundup",
          sourceUrl: "javascript:alert(1)",
          items: [
            { id: "a", title: "Good", sourceUrl: "https://example.com/a", body: "x" },
            { id: "b", title: "Bad", sourceUrl: "data:text/html,<script>alert(1)</script>", body: "y" },
          ],
        }),
      ],
      renderers,
    );
    expect(s.sourceUrl).toBeNull();
    expect(s.items.map((i) => i.sourceUrl)).toEqual(["https://example.com/a", null]);
    expect(s.items[0].html).toContain("<p>x</p>");
  });

  it("gives a story its figure only with both dimensions, and never a roundup or callout", () => {
    const figured = { image: "/f.png", imageAlt: "alt", imageWidth: 1200, imageHeight: 750, caption: "Cap", credit: "Cred" };
    const [story, noHeight, roundup, callout] = articleSections(
      [
        section(figured),
        section({ ...figured, imageHeight: null }),
        section({ ...figured, kind: "roundup" }),
        section({ ...figured, kind: "callout" }),
      ],
      renderers,
    );
    expect(story.figure).toMatchObject({ caption: "Cap", credit: "Cred", img: { alt: "alt", width: 1200, height: 750, loading: "lazy" } });
    // next/image's optimizer URLs, computed here so the browser never runs the optimizer's code.
    expect(story.figure?.img.src).toMatch(/^\/_next\/image\?url=%2Ff\.png&w=\d+&q=\d+$/);
    expect(story.figure?.img.srcSet).toMatch(/ 640w, .* 3840w$/);
    expect(story.figure?.img.sizes).toBe(FIGURE_SIZES);
    expect([noHeight.figure, roundup.figure, callout.figure]).toEqual([null, null, null]);
  });
});

const issue = (over: Partial<IssueView>): IssueView => ({
  slug: "march-2025",
  title: "Chinese Innovation News – March 2025",
  summary: "In this edition: robots.",
  publishedAt: new Date("2025-04-02T08:00:00Z"),
  coverImage: "/demo/covers/2025-03.svg",
  coverAlt: "Abstract cover",
  coverWidth: 1600,
  coverHeight: 900,
  words: 2200,
  author: { slug: "mei", name: "Mei Lin", bio: "Editor.", photo: "/demo/authors/mei.svg", photoAlt: "Portrait of Mei Lin" },
  categories: [{ slug: "china", name: "China" }],
  sections: [],
  ...over,
});

describe("articleHeader, articleAuthor, articleEvent: the rest of what the article is sent", () => {
  it("writes the date and reading time out and loads the cover at once, not lazily", () => {
    const header = articleHeader(issue({}), renderers);
    expect(header.published).toEqual({ iso: "2025-04-02T08:00:00.000Z", label: "2 Apr 2025" });
    expect(header.minutes).toBe(10);
    expect(header.author).toEqual({ slug: "mei", name: "Mei Lin" });
    expect(header.cover).toMatchObject({ src: "/demo/covers/2025-03.svg", alt: "Abstract cover", width: 1600, height: 900 });
    // Eager: the page preloads it at high priority (IssueArticle), as next/image's priority did.
    expect(header.cover?.loading).toBeUndefined();
    const raster = articleHeader(issue({ coverImage: "/media/covers/march.jpg" }), renderers).cover;
    expect(raster?.sizes).toBe(COVER_SIZES);
    expect(raster?.srcSet).toContain("/_next/image?url=%2Fmedia%2Fcovers%2Fmarch.jpg");
    // Only what the header draws: no sections, no words count, no author bio.
    expect(Object.keys(header).sort()).toEqual(["author", "categories", "cover", "minutes", "published", "summary", "title"]);
  });

  it("a draft has no date, an issue without a sized cover no picture, one without an author no byline", () => {
    const header = articleHeader(issue({ publishedAt: null, coverWidth: null, author: null }), renderers);
    expect(header.published).toBeNull();
    expect(header.cover).toBeNull();
    expect(header.author).toBeNull();
  });

  it("gives the author's photo as a lazy 72 px picture, or none", () => {
    const author = articleAuthor(issue({}).author!, renderers);
    expect(author.photo).toMatchObject({
      src: "/demo/authors/mei.svg",
      alt: "Portrait of Mei Lin",
      width: 72,
      height: 72,
      loading: "lazy",
    });
    expect(articleAuthor({ ...issue({}).author!, photo: null }, renderers).photo).toBeNull();
  });

  it("writes the tour's dates in the reader's date style and keeps only an http(s) link", () => {
    const event = {
      slug: "tour",
      title: "Tour",
      startsAt: "2027-02-01",
      endsAt: "2027-02-06",
      location: "Shenzhen",
      summary: "",
      isNew: true,
    };
    expect(articleEvent({ ...event, url: "https://example.com/tour" })).toMatchObject({
      dates: "1–6 Feb 2027",
      url: "https://example.com/tour",
    });
    expect(articleEvent({ ...event, url: "javascript:alert(1)" }).url).toBeNull();
  });
});
