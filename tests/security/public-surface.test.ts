/**
 * The reader side as an attacker reaches it: every "use cache" function is a server reference
 * anyone can call with arguments of their own (tests/security/cache-functions-http.test.ts does it
 * over HTTP against the production build); here each one is called directly with hostile
 * arguments on a real database. Also the feeds with titles built to leave CDATA, and a draft
 * built to make the Markdown parser slow, previewed while the event loop is watched.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { type ReactElement } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import Parser from "rss-parser";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { session, installFakes } from "./fakes";
import { databaseForThisFile } from "../support/database";
import { codyDraftForm, seedEditorFixture, type EditorFixture } from "../support/editor-fixtures";

process.env.SITE_URL = "https://dispatch.test";
installFakes("surface");
const engine = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

let f: EditorFixture;
const database = databaseForThisFile(async (db) => {
  f = await seedEditorFixture(db);
});

/** Names of the exported functions of a file whose body starts with "use cache". */
function cachedFunctions(file: string): string[] {
  const source = readFileSync(path.join(process.cwd(), file), "utf8");
  return [...source.matchAll(/export async function (\w+)\([^)]*\)[^{]*\{\s*"use cache"/g)].map((m) => m[1]);
}
const cacheFiles = ["lib/reader/data.ts", "lib/reader/feeds.ts"];

/** What a caller could send in a JSON argument list. */
const hostile: unknown[][] = [
  [],
  ["x ".repeat(42_000)],
  ["live-issue\u0000"],
  ["../../etc/passwd"],
  [{ slug: "live-issue" }],
  [["china", "future"]],
  [Array.from({ length: 5_000 }, (_, i) => `c${i}`)],
  [1e308],
  [-1],
  [2.5],
  [null],
  [true],
  ["live-issue", { extra: "x".repeat(10_000) }],
];

/** Keys no reader page shows: who wrote or saved a row, its version, its schedule, internals. */
const privateKeys = new Set([
  "createdBy",
  "updatedBy",
  "version",
  "scheduledFor",
  "status",
  "createdAt",
  "authorId",
  "passwordHash",
  "email",
  "uploadedBy",
  "search",
]);
function privateKeysIn(value: unknown, at = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => privateKeysIn(v, `${at}[${i}]`));
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => [...(privateKeys.has(k) ? [`${at}.${k}`] : []), ...privateKeysIn(v, `${at}.${k}`)]);
  }
  return [];
}

/** Rejects when `promise` takes longer than `ms` (a hung engine never answers). */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms)),
  ]);
}

describe(`every "use cache" function is a public endpoint (${engine})`, () => {
  it("finds the cached functions (a new one is covered without editing this test)", () => {
    const names = cacheFiles.flatMap(cachedFunctions);
    expect(names.length).toBeGreaterThanOrEqual(14);
    expect(names).toContain("getIssueForReader");
  });

  it("answers hostile arguments quickly, with nothing a reader may not see, and the engine keeps answering", async () => {
    const failures: string[] = [];
    for (const file of cacheFiles) {
      const mod = (await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<string, (...args: unknown[]) => Promise<unknown>>;
      for (const name of cachedFunctions(file)) {
        for (const args of hostile) {
          const label = `${name}(${JSON.stringify(args).slice(0, 60)})`;
          try {
            const result = await within(mod[name](...args), 5_000, label);
            const leaks = privateKeysIn(result);
            if (leaks.length) failures.push(`${label} returned ${leaks.slice(0, 3).join(", ")}`);
            if (JSON.stringify(result ?? null).length > 2_000_000)
              failures.push(`${label} returned ${JSON.stringify(result).length} bytes`);
          } catch (err) {
            failures.push(`${label} threw ${(err as Error).message.slice(0, 120)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // The database still answers at once (a runaway query would keep PGlite busy for good).
    await within(database().db.execute(sql`select 1`), 1_000, "select 1");
  });

  it("an issue as the reader function returns it carries only reader fields", async () => {
    const { getIssueForReader } = await import("@/lib/reader/data");
    const issue = await getIssueForReader("live-issue");
    expect(issue?.title).toBe("Live issue");
    expect(privateKeysIn(issue)).toEqual([]);
    expect(await getIssueForReader("owner-draft")).toBeNull();
  });

  it("search caps the query and keeps its per-minute limit where the data is read", async () => {
    const { searchForReader } = await import("@/lib/reader/search");
    const huge = await within(searchForReader("battery ".repeat(10_500)), 5_000, "84 KB search");
    expect(huge.query.split(" ").length).toBeLessThanOrEqual(12);
    expect(huge.shortened).toBe(true);
    expect(await searchForReader({ q: "x" })).toMatchObject({ empty: true });
    session.address = "198.51.100.44";
    const answers = [];
    for (let i = 0; i < 32; i++) answers.push(await searchForReader(`three ${i}`));
    expect(answers.slice(0, 29).every((a) => !a.limited)).toBe(true);
    expect(answers.at(-1)).toMatchObject({ limited: true });
  });
});

describe(`feeds stay well-formed for any title (${engine})`, () => {
  const evilTitle =
    'A]]><item><title>Injected</title><link>https://evil.example/</link></item><script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script><![CDATA[ and ]]> again \u0001';

  it("an issue titled to leave CDATA is one item in the site and category feeds, its title intact", async () => {
    const { saveIssue } = await import("@/actions/issues");
    const { publishIssue } = await import("@/actions/publishing");
    session.userId = f.users.editor.id;
    const saved = await saveIssue({
      id: f.issues.ownerDraft,
      version: 1,
      draft: {
        title: evilTitle,
        slug: "owner-draft",
        summary: "Summary ]]> <b>x</b> ]]>",
        categoryIds: [f.categories.china.id],
        authorId: f.author.id,
        cover: null,
        seoTitle: "",
        seoDescription: "",
        sections: [{ key: "s", kind: "story", title: "S", tldr: "", sourceUrl: null, body: "b", figure: null, items: [] }],
      },
    } as never);
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
    expect(await publishIssue({ id: f.issues.ownerDraft, version: (saved as { version: number }).version })).toMatchObject({ ok: true });
    session.userId = null;

    const { categoryFeedXml, siteFeedXml } = await import("@/lib/reader/feeds");
    for (const xml of [await siteFeedXml(), (await categoryFeedXml("china"))!]) {
      // rss-parser parses strictly (xml2js): a broken CDATA section or a control character is an error.
      const feed = await new Parser<{ script?: unknown }, { script?: unknown }>({
        customFields: { feed: ["script"], item: ["script"] },
      }).parseString(xml);
      expect(feed.items.map((i) => i.link)).toEqual([
        "https://dispatch.test/issues/owner-draft",
        "https://dispatch.test/issues/live-issue",
      ]);
      expect(feed.items[0].title).toBe(evilTitle.replace("\u0001", ""));
      expect(feed.items[0].content).toBe("Summary ]]&gt; &lt;b&gt;x&lt;/b&gt; ]]&gt;");
      expect([feed.script, ...feed.items.map((i) => i.script)].filter(Boolean)).toEqual([]);
      // Outside CDATA (where markup is text), exactly the two real items and no script element.
      const markup = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "");
      expect(markup.match(/<item>/g)).toHaveLength(2);
      expect(markup).not.toMatch(/<script/);
    }
  });
});

async function render(element: ReactElement): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element);
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}

describe(`a draft built to be slow does not stall the server (${engine})`, () => {
  // Each within the editor's own field limits: 50,000 characters a section body, 10,000 an item.
  const slow = {
    emphasis: "*a".repeat(25_000),
    strike: "~a".repeat(25_000),
    quotes: `${">".repeat(3_000)} deep`,
    lists: Array.from({ length: 2_000 }, (_, i) => `${" ".repeat(i * 2)}- x`)
      .join("\n")
      .slice(0, 50_000),
    ticks: Array.from({ length: 300 }, (_, i) => `${"`".repeat(i + 1)}a`)
      .join(" ")
      .slice(0, 50_000),
  };

  it("saves, previews, publishes and mails it while the event loop never waits 100 ms", async () => {
    const { saveIssue } = await import("@/actions/issues");
    const { publishIssue } = await import("@/actions/publishing");
    session.userId = f.users.cody.id;
    const sections = Object.entries(slow).map(([key, body]) => ({
      key,
      kind: "story",
      title: key,
      tldr: "",
      sourceUrl: null,
      body,
      figure: null,
      items: [],
    }));
    sections.push({
      key: "r",
      kind: "roundup",
      title: "Roundup",
      tldr: "",
      sourceUrl: null,
      body: "",
      figure: null,
      items: [{ key: "i", title: "Item", sourceUrl: null, body: "_a".repeat(5_000) }],
    } as never);
    const draft = codyDraftForm(f, { title: "Slow draft", sections });

    // Modules load before the watch starts: loading code is not what is measured.
    const Preview = ((await import("@/app/editor/(preview)/issues/[id]/preview/page")) as { default: (p: unknown) => ReactElement })
      .default;
    const IssuePage = ((await import("@/app/(site)/issues/[slug]/page")) as { default: (p: unknown) => Promise<ReactElement> }).default;
    const { getPublishedIssueBySlug } = await import("@/db/queries/issues/reader");
    const { renderIssueMail } = await import("@/lib/email/templates");
    await render(Preview({ params: Promise.resolve({ id: String(f.issues.codyDraft) }), searchParams: Promise.resolve({}) }));

    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const saved = await saveIssue({ id: f.issues.codyDraft, version: 1, draft } as never);
    expect(saved, JSON.stringify(saved).slice(0, 300)).toMatchObject({ ok: true });
    const preview = await render(
      Preview({ params: Promise.resolve({ id: String(f.issues.codyDraft) }), searchParams: Promise.resolve({}) }),
    );
    lag.disable();
    expect(preview).toContain("deep");
    expect(preview).toContain("Roundup");
    expect(lag.max / 1e6, `event loop blocked for ${(lag.max / 1e6).toFixed(0)} ms`).toBeLessThan(100);

    // Published, the reader page and the mail render too (no stack overflow, nothing thrown).
    session.userId = f.users.editor.id;
    expect(await publishIssue({ id: f.issues.codyDraft, version: (saved as { version: number }).version })).toMatchObject({ ok: true });
    const readerLag = monitorEventLoopDelay({ resolution: 10 });
    readerLag.enable();
    const page = await render(await IssuePage({ params: Promise.resolve({ slug: "cody-draft" }) }));
    const mail = await renderIssueMail((await getPublishedIssueBySlug("cody-draft"))!);
    readerLag.disable();
    expect(page).toContain("Slow draft");
    expect(page).toContain("deep");
    expect(mail.html).toContain("deep");
    // mjml's own layout pass over the mail runs on this thread; the Markdown does not.
    expect(readerLag.max / 1e6, `event loop blocked for ${(readerLag.max / 1e6).toFixed(0)} ms`).toBeLessThan(1_000);
  });

  it("footnote links point at ids that exist", async () => {
    const { renderMarkdown } = await import("@/lib/markdown");
    const html = renderMarkdown("Claim.[^1]\n\n[^1]: The source.");
    const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]));
    expect(hrefs.length).toBeGreaterThanOrEqual(2);
    for (const h of hrefs) expect(ids.has(h), `#${h} has no target in ${html}`).toBe(true);
  });
});
