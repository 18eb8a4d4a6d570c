/**
 * Script payloads in every text field an editor can fill, saved through the real server actions
 * and then rendered by the real reader pages, feeds and mail templates: the text survives as text,
 * nothing in the output can run. The pages are the app's own page functions rendered to HTML.
 */
import { createElement, type ReactElement } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import Parser from "rss-parser";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { session, installFakes } from "./fakes";
import { databaseForThisFile } from "../support/database";
import { seedEditorFixture, type EditorFixture } from "../support/editor-fixtures";
import { allPayloads, liveScript, markdownLinkPayloads, textOf } from "./support";

process.env.SITE_URL = "https://dispatch.test";

installFakes("xss");
const engine = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const P = allPayloads;
const figureSrc = "/media/ab/aaaaaaaaaaaaaaaaaaaaaaaa.png";

let f: EditorFixture;
const database = databaseForThisFile(async (db) => {
  f = await seedEditorFixture(db);
});

/** Server rendering that waits for async children (the signup box reads the categories). */
async function render(element: ReactElement): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element);
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}
const page = async (mod: string, props: Record<string, unknown> = {}) => {
  const Page = ((await import(mod)) as { default: (p: unknown) => Promise<ReactElement> }).default;
  return render(await Page(props));
};

/** An issue with a payload in every field, published through the actions, plus taxonomy with payloads. */
async function publishPayloadIssue() {
  session.userId = f.users.editor.id;
  const { saveCategory } = await import("@/actions/categories");
  const { saveAuthor } = await import("@/actions/authors");
  const { saveEvent } = await import("@/actions/events");
  const { saveIssue } = await import("@/actions/issues");
  const { publishIssue } = await import("@/actions/publishing");
  const form = (v: Record<string, string>) => {
    const fd = new FormData();
    for (const [k, val] of Object.entries(v)) fd.set(k, val);
    return fd;
  };
  expect(
    await saveCategory(
      null,
      form({ id: String(f.categories.china.id), name: `China ${P}`.slice(0, 80), slug: "china", position: "1", description: `About ${P}` }),
    ),
  ).toEqual({ ok: true });
  expect(
    await saveAuthor(
      null,
      form({
        id: String(f.author.id),
        name: `Ann ${"<img src=x onerror=alert(1)>"}`,
        slug: "ann",
        bio: `Bio ${P}`,
        photo: "",
        photoAlt: P.slice(0, 300),
        links: `${"<script>alert(1)</script>"} | https://example.com/ann`,
      }),
    ),
  ).toEqual({ ok: true });
  expect(
    await saveEvent(
      null,
      form({
        id: String(f.event.id),
        title: `Tour ${"<svg onload=alert(1)>"}`,
        slug: "tour",
        startsAt: "2099-01-01",
        endsAt: "2099-01-05",
        location: P.slice(0, 200),
        summary: `Summary ${P}`,
        url: "https://example.com/tour",
        isNew: "on",
      }),
    ),
  ).toEqual({ ok: true });
  const draft = {
    title: `Issue ${"<script>alert(1)</script>"} "><svg onload=alert(1)>`,
    slug: "owner-draft",
    summary: `Summary ${P}`,
    categoryIds: [f.categories.china.id],
    authorId: f.author.id,
    cover: { src: figureSrc, width: 10, height: 10, alt: `Cover ${P}` },
    seoTitle: "<script>alert(1)</script>",
    seoDescription: `</script><script>alert(1)</script>`,
    sections: [
      {
        key: "s1",
        kind: "story" as const,
        title: `Story ${P}`.slice(0, 300),
        tldr: "<img src=x onerror=alert(1)>",
        sourceUrl: "https://example.com/story?q=<script>",
        body: `Body ${P}\n\n${markdownLinkPayloads.join("\n\n")}\n\n<div onclick="alert(1)">raw</div>`,
        figure: {
          src: figureSrc,
          width: 10,
          height: 10,
          alt: `Alt ${P}`.slice(0, 500),
          caption: `Caption ${P}`,
          credit: `Credit ${P}`.slice(0, 300),
        },
        items: [],
      },
      {
        key: "s2",
        kind: "roundup" as const,
        title: "Roundup <script>alert(1)</script>",
        tldr: "",
        sourceUrl: null,
        body: `Intro ${P}`,
        figure: null,
        items: [
          {
            key: "i1",
            title: `Item ${P}`.slice(0, 300),
            sourceUrl: "https://example.com/item",
            body: `Item body ${P} ${markdownLinkPayloads.join(" ")}`,
          },
        ],
      },
      {
        key: "s3",
        kind: "callout" as const,
        title: `Callout ${P}`.slice(0, 300),
        tldr: "",
        sourceUrl: null,
        body: `Callout ${P}\n\n[Join](javascript:alert(1))`,
        figure: null,
        items: [],
      },
    ],
  };
  const saved = await saveIssue({ id: f.issues.ownerDraft, version: 1, draft });
  expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
  const published = await publishIssue({ id: f.issues.ownerDraft, version: (saved as { version: number }).version });
  expect(published, JSON.stringify(published)).toMatchObject({ ok: true, status: "published" });
  session.userId = null;
  return draft;
}

function expectInert(html: string, where: string, options: { document?: boolean; allow?: string[] } = {}) {
  expect(liveScript(html, options), `${where} has live script`).toEqual([]);
}

describe(`script payloads are stored as text and rendered inert (${engine})`, () => {
  let draft: Awaited<ReturnType<typeof publishPayloadIssue>>;
  beforeEach(async () => {
    draft = await publishPayloadIssue();
  });

  it("stores every payload verbatim (nothing silently stripped, nothing else written)", async () => {
    const rows = (
      await database().db.execute<{ title: string; summary: string }>(sql`select title, summary from issues where slug = 'owner-draft'`)
    ).rows;
    expect(rows).toEqual([{ title: draft.title, summary: draft.summary }]);
    const sections = (
      await database().db.execute<{ n: number }>(
        sql`select count(*)::int as n from sections s join issues i on i.id = s.issue_id where i.slug = 'owner-draft'`,
      )
    ).rows;
    expect(sections[0].n).toBe(3);
  });

  it("issue page: every payload shows as text, nothing runs, JSON-LD cannot be closed", async () => {
    const html = await page("@/app/(site)/issues/[slug]/page", { params: Promise.resolve({ slug: "owner-draft" }) });
    expectInert(html, "issue page", { allow: ["script", "img", "form", "svg", "link"] });
    expect(textOf(html)).toContain("<script>alert(1)</script>");
    expect(textOf(html)).toContain('"><svg onload=alert(1)>');
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(ld!).headline).toBe(draft.title);
  });

  it("home page: the lead issue, TL;DR and chips are inert", async () => {
    const html = await page("@/app/(site)/page");
    // React adds its own form-replay script; payloads inside any script are still caught.
    expectInert(html, "home", { allow: ["script", "img", "form", "svg", "link"] });
    expect(textOf(html)).toContain("Issue <script>alert(1)</script>");
  });

  it("category page: name and description with payloads are inert", async () => {
    const html = await page("@/app/(site)/categories/[slugs]/page", { params: Promise.resolve({ slugs: "china" }) });
    expectInert(html, "category page", { allow: ["img", "form", "svg", "link"] });
    expect(textOf(html)).toContain("China <script>");
  });

  it("author page: name, bio and link label with payloads are inert", async () => {
    const html = await page("@/app/(site)/authors/[slug]/page", { params: Promise.resolve({ slug: "ann" }) });
    expectInert(html, "author page", { allow: ["img", "svg", "link"] });
    expect(textOf(html)).toContain("Ann <img src=x onerror=alert(1)>");
    expect(textOf(html)).toContain("Bio <script>");
  });

  it("events page and event page: title, location and summary with payloads are inert", async () => {
    const list = await page("@/app/(site)/events/page");
    expectInert(list, "events page", { allow: ["svg"] });
    expect(textOf(list)).toContain("Tour <svg onload=alert(1)>");
    const one = await page("@/app/(site)/events/[slug]/page", { params: Promise.resolve({ slug: "tour" }) });
    expectInert(one, "event page", { allow: ["svg"] });
  });

  it("search results for a payload query list the issue as text", async () => {
    const { SearchResults } = await import("@/app/(site)/search/SearchResults");
    const html = await render(await SearchResults({ searchParams: Promise.resolve({ q: "Summary" }) }));
    expectInert(html, "search results", { allow: ["form", "svg"] });
    expect(textOf(html)).toContain("Issue <script>alert(1)</script>");
  });

  it("the editor's live preview (the same IssueArticle) is inert", async () => {
    const { IssueArticle } = await import("@/components/site/issue/IssueArticle");
    const { draftToView } = await import("@/lib/editor/draft-view");
    const html = await render(
      createElement(IssueArticle, {
        issue: (draftToView as (d: unknown, c: unknown) => never)(draft, { categories: [], authors: [], publishedAt: null }),
        nextEvent: null,
      }),
    );
    expectInert(html, "preview", { allow: ["img", "svg", "link"] });
  });

  it("site feed: well-formed RSS, payloads escaped, no live script in descriptions", async () => {
    const { siteFeedXml } = await import("@/lib/reader/feeds");
    const xml = await siteFeedXml();
    const feed = await new Parser().parseString(xml);
    const item = feed.items.find((i) => i.link?.endsWith("/issues/owner-draft"));
    expect(item?.title).toBe(draft.title);
    for (const i of feed.items) expectInert(i.content ?? "", `feed item ${i.title}`);
    // The summary is plain text: in the HTML description it is escaped, never markup.
    expect(item?.content).toContain("&lt;script&gt;");
  });

  it("category feed: category name and description escaped; items inert", async () => {
    const { categoryFeedXml } = await import("@/lib/reader/feeds");
    const xml = (await categoryFeedXml("china"))!;
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toContain("China <script>");
    for (const i of feed.items) expectInert(i.content ?? "", `category feed item ${i.title}`);
    expectInert(feed.description ?? "", "category feed description");
  });

  it("issue email, HTML part: every field inert, payloads shown as text", async () => {
    const { getPublishedIssueBySlug } = await import("@/db/queries/issues/reader");
    const { renderIssueMail } = await import("@/lib/email/templates");
    const mail = await renderIssueMail((await getPublishedIssueBySlug("owner-draft"))!);
    expectInert(mail.html, "issue mail", { document: true, allow: ["img", "style", "meta", "link"] });
    expect(textOf(mail.html)).toContain("Story <script>alert(1)</script>");
    expect(mail.subject).toBe(draft.title);
  });

  it("issue email, text part: no javascript:/data:/vbscript: link survives Markdown-to-text", async () => {
    const { getPublishedIssueBySlug } = await import("@/db/queries/issues/reader");
    const { renderIssueMail } = await import("@/lib/email/templates");
    const mail = await renderIssueMail((await getPublishedIssueBySlug("owner-draft"))!);
    expect(mail.text).toContain("Story <script>alert(1)</script>");
    // Link targets are offered as "(url)" or "<url>"; only http(s) and mailto may be.
    expect(mail.text).not.toMatch(/[(<]\s*(javascript|vbscript|data):/i);
    expect(mail.text).not.toMatch(/^\s*\[[^\]]+\]:\s*(javascript|vbscript|data):/im);
  });
});

describe(`Markdown links with dangerous schemes are neutralised (${engine})`, () => {
  it.each(markdownLinkPayloads)("renderMarkdown(%j) has no live link", async (md) => {
    const { renderMarkdown } = await import("@/lib/markdown");
    const html = renderMarkdown(md);
    expectInert(html, md);
    expect(html).not.toMatch(/href=/i);
  });
});

describe(`URLs that reached the database without validation are not rendered as links (${engine})`, () => {
  it("issue page, event page and email drop data:/vbscript:/javascript: source and event links", async () => {
    const db = database().db;
    await db.execute(sql`update sections set source_url = 'data:text/html,<script>alert(1)</script>' where issue_id = ${f.issues.live}`);
    await db.execute(sql`update section_items set source_url = ' vbscript:msgbox(1)'`);
    await db.execute(sql`update events set url = 'JaVaScRiPt:alert(1)'`);
    const issue = await page("@/app/(site)/issues/[slug]/page", { params: Promise.resolve({ slug: "live-issue" }) });
    expectInert(issue, "issue page", { allow: ["script", "img", "form", "svg", "link"] });
    const event = await page("@/app/(site)/events/[slug]/page", { params: Promise.resolve({ slug: "tour" }) });
    expectInert(event, "event page", { allow: ["svg"] });
    expect(event).not.toMatch(/javascript:/i);
    const { getPublishedIssueBySlug } = await import("@/db/queries/issues/reader");
    const { renderIssueMail } = await import("@/lib/email/templates");
    const mail = await renderIssueMail((await getPublishedIssueBySlug("live-issue"))!);
    expectInert(mail.html, "issue mail", { document: true, allow: ["img", "style", "meta", "link"] });
  });
});
