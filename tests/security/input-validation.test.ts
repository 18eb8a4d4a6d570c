/**
 * Link fields, titles and slugs from a hostile or careless editor, through the real server actions
 * on a real database: refused with a message that says what to fix (and nothing stored), or
 * stored exactly as typed. Slug collisions never overwrite the other row.
 */
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { session, installFakes } from "./fakes";
import { databaseForThisFile } from "../support/database";
import { databaseFingerprint, seedEditorFixture, type EditorFixture } from "../support/editor-fixtures";

installFakes("input");
const engine = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

let f: EditorFixture;
const database = databaseForThisFile(async (db) => {
  f = await seedEditorFixture(db);
});
beforeEach(() => {
  session.userId = f.users.editor.id;
});

const fd = (values: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) form.set(k, v);
  return form;
};

/** Every spelling of a script URL we know of. */
const badUrls = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "  javascript:alert(1)",
  "\tjavascript:alert(1)",
  "java&#x73;cript:alert(1)",
  "java\u0000script:alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "DATA:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "//evil.example/path",
  "/relative/path",
];

const story = (over: Record<string, unknown> = {}) => ({
  key: "a",
  kind: "story",
  title: "T",
  tldr: "",
  sourceUrl: null,
  body: "x",
  figure: null,
  items: [],
  ...over,
});
const draft = (over: Record<string, unknown> = {}) => ({
  title: "Owner draft",
  slug: "owner-draft",
  summary: "",
  categoryIds: [f.categories.china.id],
  authorId: null,
  cover: null,
  seoTitle: "",
  seoDescription: "",
  sections: [story()],
  ...over,
});

async function saveDraft(over: Record<string, unknown>, version = 1) {
  const { saveIssue } = await import("@/actions/issues");
  return saveIssue({ id: f.issues.ownerDraft, version, draft: draft(over) as never });
}

/** Calls `act` and checks it was refused with `message` on `field`, and that nothing changed. */
async function expectRefused(act: () => Promise<unknown>, field: string | RegExp, message: RegExp) {
  const before = await databaseFingerprint(database().db);
  const result = (await act()) as { ok: boolean; fieldErrors?: Record<string, string>; error?: string };
  expect(result.ok, JSON.stringify(result)).toBe(false);
  const entries = Object.entries(result.fieldErrors ?? {});
  const hit = entries.find(([k]) => (typeof field === "string" ? k === field : field.test(k)));
  expect(hit, `no error on ${field}: ${JSON.stringify(result)}`).toBeTruthy();
  expect(hit![1]).toMatch(message);
  expect(await databaseFingerprint(database().db)).toEqual(before);
}

describe(`script, data and relative URLs in every link field are refused (${engine})`, () => {
  it("section source URL", async () => {
    for (const url of badUrls)
      await expectRefused(
        () => saveDraft({ sections: [story({ sourceUrl: url })] }),
        "draft.sections.0.sourceUrl",
        /full http:\/\/ or https:\/\/ link/,
      );
  });

  it("roundup item link", async () => {
    for (const url of badUrls) {
      const roundup = story({ kind: "roundup", items: [{ key: "i", title: "Item", sourceUrl: url, body: "" }] });
      await expectRefused(
        () => saveDraft({ sections: [roundup] }),
        "draft.sections.0.items.0.sourceUrl",
        /full http:\/\/ or https:\/\/ link/,
      );
    }
  });

  it("event link", async () => {
    const { saveEvent } = await import("@/actions/events");
    for (const url of badUrls) {
      await expectRefused(
        () =>
          saveEvent(
            null,
            fd({ title: "Trip", slug: "trip", startsAt: "2099-02-01", endsAt: "2099-02-03", location: "", summary: "", url }),
          ),
        "url",
        /full http:\/\/ or https:\/\/ link/,
      );
    }
  });

  it("author links (Label | URL lines)", async () => {
    const { saveAuthor } = await import("@/actions/authors");
    for (const url of badUrls) {
      await expectRefused(
        () => saveAuthor(null, fd({ name: "Bob", slug: "bob", bio: "", photo: "", photoAlt: "", links: `Site | ${url}` })),
        /^links/,
        /Label \| https:\/\//,
      );
    }
  });

  it("author photo and figure image paths outside the media library", async () => {
    const { saveAuthor } = await import("@/actions/authors");
    for (const photo of ["javascript:alert(1)", "https://evil.example/a.png", "/media/../../etc/passwd", "/media/%2e%2e/x.png"]) {
      await expectRefused(
        () => saveAuthor(null, fd({ name: "Bob", slug: "bob", bio: "", photo, photoAlt: "", links: "" })),
        "photo",
        /media library/,
      );
    }
    const figure = { src: "/media/../../etc/passwd", width: 1, height: 1, alt: "a", caption: "", credit: "" };
    await expectRefused(() => saveDraft({ sections: [story({ figure })] }), "draft.sections.0.figure.src", /media library/);
  });
});

describe(`titles and slugs with unusual text (${engine})`, () => {
  const unusual = ["Rocket 🚀 launch 👩‍🚀", "أخبار الابتكار في الصين", "עדכון \u202Eevil\u202C news", "Zero\u200Bwidth\u200Dtitle\uFEFF"];

  it("emoji, right-to-left and zero-width titles are stored exactly as typed", async () => {
    let version = 1;
    for (const title of unusual) {
      const result = await saveDraft({ title, sections: [story({ title })] }, version);
      expect(result, title).toMatchObject({ ok: true });
      version = (result as { version: number }).version;
      const [row] = (await database().db.execute<{ title: string }>(sql`select title from issues where id = ${f.issues.ownerDraft}`)).rows;
      expect(row.title).toBe(title);
    }
  });

  it("a title of 5,000 characters is refused with its limit, nothing stored", async () => {
    await expectRefused(() => saveDraft({ title: "x".repeat(5000) }), "draft.title", /At most 200 characters/);
    const { createIssue } = await import("@/actions/issues");
    await expectRefused(() => createIssue(null, fd({ title: "🚀".repeat(5000) })), "title", /At most 200 characters/);
    const { saveCategory } = await import("@/actions/categories");
    await expectRefused(
      () => saveCategory(null, fd({ name: "x".repeat(5000), slug: "space", position: "1", description: "" })),
      "name",
      /At most 80 characters/,
    );
    const { saveEvent } = await import("@/actions/events");
    await expectRefused(
      () => saveEvent(null, fd({ title: "t".repeat(5000), slug: "trip", startsAt: "2099-02-01", endsAt: "2099-02-03" })),
      "title",
      /200/,
    );
  });

  it("slugs with emoji, right-to-left, zero-width characters, traversal or 5,000 characters are refused", async () => {
    const { saveCategory } = await import("@/actions/categories");
    for (const slug of ["rocket-🚀", "أخبار", "china\u200b", "CHINA", "../admin", "a--b", "-a", "x".repeat(5000)]) {
      await expectRefused(
        () => saveCategory(null, fd({ name: "Space", slug, position: "1", description: "" })),
        "slug",
        /Lower-case letters|At most 120/,
      );
      await expectRefused(() => saveDraft({ slug }), "draft.slug", /Lower-case letters|At most 120/);
    }
  });

  it("a new issue whose title makes no slug (emoji, Arabic only) is asked for one", async () => {
    const { createIssue } = await import("@/actions/issues");
    for (const title of ["🚀🚀🚀", "أخبار الابتكار"]) await expectRefused(() => createIssue(null, fd({ title })), "slug", /Give it a slug/);
  });
});

describe(`slug collisions never overwrite (${engine})`, () => {
  it("two issues wanting the same slug: the second is told, the first is untouched", async () => {
    const { createIssue } = await import("@/actions/issues");
    await expectRefused(() => createIssue(null, fd({ title: "Owner draft" })), "slug", /Another issue already uses this slug/);
    await expectRefused(() => saveDraft({ slug: "live-issue" }), "draft.slug", /Another issue already uses this slug/);
    const [live] = (await database().db.execute<{ title: string }>(sql`select title from issues where slug = 'live-issue'`)).rows;
    expect(live.title).toBe("Live issue");
  });

  it("two categories, authors or events wanting the same slug: refused, the first is untouched", async () => {
    const { saveCategory } = await import("@/actions/categories");
    const { saveAuthor } = await import("@/actions/authors");
    const { saveEvent } = await import("@/actions/events");
    await expectRefused(
      () => saveCategory(null, fd({ name: "Other", slug: "china", position: "5", description: "" })),
      "slug",
      /Another category uses this slug/,
    );
    await expectRefused(
      () => saveCategory(null, fd({ id: String(f.categories.future.id), name: "Future", slug: "china", position: "1", description: "" })),
      "slug",
      /Another category uses this slug/,
    );
    await expectRefused(
      () => saveAuthor(null, fd({ name: "Other", slug: "ann", bio: "", photo: "", photoAlt: "", links: "" })),
      "slug",
      /Another author uses this slug/,
    );
    await expectRefused(
      () => saveEvent(null, fd({ title: "Other", slug: "tour", startsAt: "2099-02-01", endsAt: "2099-02-03" })),
      "slug",
      /Another event uses this slug/,
    );
  });
});
