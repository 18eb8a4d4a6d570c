import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getIssueForEditor, listIssuesForEditor, saveIssueForEditor } from "@/db/queries/issues/editor";
import { publishDueIssues, transitionIssueForEditor } from "@/db/queries/issues/publishing";
import { getRevisionDraftForEditor, listRevisionsForEditor } from "@/db/queries/issues/revisions";
import { getPublishedIssueBySlug, listPublishedIssues } from "@/db/queries/issues/reader";
import { issues } from "@/db/schema";
import { tagsForIssueChange } from "@/lib/revalidate";
import { publishProblems } from "@/model/issue-draft";
import { databaseForThisFile } from "../support/database";
import { draftOf, seedEditorFixture, story, type EditorFixture } from "../support/editor-fixtures";

let f: EditorFixture;
const database = databaseForThisFile(async (db) => {
  f = await seedEditorFixture(db);
});

/** Saves Olive's draft from version 1 as `userId`, with only a title (and a slug). */
const saveOwnerDraftAs = (userId: number, title: string, slug = "owner-draft") =>
  saveIssueForEditor({ id: f.issues.ownerDraft, version: 1, draft: draftOf({ title, slug }), userId });

const roundup = {
  key: "r",
  kind: "roundup" as const,
  title: "Generative AI updates",
  tldr: "AI news",
  sourceUrl: null,
  body: "",
  figure: null,
  items: [
    { key: "a", title: "One", sourceUrl: "https://example.com/1", body: "First." },
    { key: "b", title: "Two", sourceUrl: null, body: "Second." },
  ],
};

describe(`issue editing (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("saves a whole draft, bumps the version and writes a revision per save", async () => {
    const draft = draftOf({
      title: "Owner draft v2",
      slug: "owner-draft",
      categoryIds: [f.categories.future.id, f.categories.china.id],
      sections: [
        {
          ...story("Lead"),
          figure: {
            src: "/media/ab/aaaaaaaaaaaaaaaaaaaaaaaa.png",
            width: 10,
            height: 10,
            alt: "A thing",
            caption: "Cap",
            credit: "Photo: me",
          },
        },
        roundup,
      ],
    });
    const saved = await saveIssueForEditor({ id: f.issues.ownerDraft, version: 1, draft, userId: f.users.editor.id });
    expect(saved).toMatchObject({ ok: true, version: 2 });
    const read = (await getIssueForEditor(f.issues.ownerDraft))!;
    expect(read.version).toBe(2);
    expect(read.updatedByName).toBe("Ed Editor");
    expect(read.draft.categoryIds).toEqual([f.categories.future.id, f.categories.china.id]);
    expect(read.draft.sections.map((s) => s.title)).toEqual(["Lead", "Generative AI updates"]);
    expect(read.draft.sections[0].figure).toMatchObject({ alt: "A thing", credit: "Photo: me" });
    expect(read.draft.sections[1].items.map((i) => i.title)).toEqual(["One", "Two"]);
    const revisions = await listRevisionsForEditor(f.issues.ownerDraft);
    expect(revisions.map((r) => [r.version, r.action, r.editorName])).toEqual([
      [2, "save", "Ed Editor"],
      [1, "create", "Olive Owner"],
    ]);
  });

  it("refuses a stale save with who and when, and overwrites nothing", async () => {
    const first = await saveOwnerDraftAs(f.users.editor.id, "From A");
    expect(first.ok).toBe(true);
    const stale = await saveOwnerDraftAs(f.users.owner.id, "From B");
    expect(stale).toMatchObject({ ok: false, reason: "conflict", conflict: { version: 2, by: "Ed Editor" } });
    expect((await getIssueForEditor(f.issues.ownerDraft))!.draft.title).toBe("From A");
    expect(await listRevisionsForEditor(f.issues.ownerDraft)).toHaveLength(2);
  });

  it("lets exactly one of two concurrent saves from the same version win", async () => {
    const results = await Promise.all(["A", "B"].map((who) => saveOwnerDraftAs(f.users.owner.id, who)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "conflict")).toHaveLength(1);
  });

  it("limits contributors to their own drafts", async () => {
    const others = await saveIssueForEditor({
      id: f.issues.ownerDraft,
      version: 1,
      draft: draftOf({ title: "x", slug: "owner-draft" }),
      userId: f.users.cody.id,
      ownDraftsOf: f.users.cody.id,
    });
    expect(others).toEqual({ ok: false, reason: "not-allowed" });
    const own = await saveIssueForEditor({
      id: f.issues.codyDraft,
      version: 1,
      draft: draftOf({ title: "Mine", slug: "cody-draft" }),
      userId: f.users.cody.id,
      ownDraftsOf: f.users.cody.id,
    });
    expect(own.ok).toBe(true);
    expect((await listIssuesForEditor({ createdBy: f.users.cody.id })).map((i) => i.slug)).toEqual(["cody-draft"]);
  });

  it("refuses a slug another issue uses", async () => {
    const result = await saveOwnerDraftAs(f.users.owner.id, "x", "live-issue");
    expect(result).toEqual({ ok: false, reason: "slug-taken" });
  });

  it("restores a revision's draft as it was saved", async () => {
    await saveOwnerDraftAs(f.users.owner.id, "Second");
    const [, original] = await listRevisionsForEditor(f.issues.ownerDraft);
    const revision = await getRevisionDraftForEditor(f.issues.ownerDraft, original.id);
    expect(revision?.draft.title).toBe("Owner draft");
    expect(await getRevisionDraftForEditor(f.issues.codyDraft, original.id)).toBeNull();
  });
});

describe(`publishing (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("says what is missing before publishing", async () => {
    expect(publishProblems(draftOf({ title: "", slug: "x" }))).toEqual([
      "Add a title.",
      "Choose at least one category.",
      "Add at least one section.",
    ]);
    const withFigure = draftOf({
      title: "T",
      slug: "x",
      categoryIds: [1],
      sections: [
        {
          ...story("S"),
          figure: { src: "/media/ab/aaaaaaaaaaaaaaaaaaaaaaaa.png", width: 1, height: 1, alt: " ", caption: "", credit: "" },
        },
      ],
    });
    expect(publishProblems(withFigure)).toEqual(["Section 1: describe the image (alt text)."]);
    const empty = await saveOwnerDraftAs(f.users.owner.id, "T");
    expect(empty.ok).toBe(true);
    const refused = await transitionIssueForEditor({ id: f.issues.ownerDraft, version: 2, userId: f.users.owner.id, to: "publish" });
    expect(refused).toEqual({ ok: false, reason: "incomplete", problems: ["Choose at least one category.", "Add at least one section."] });
    expect((await getIssueForEditor(f.issues.ownerDraft))!.status).toBe("draft");
  });

  it("publishes in one step: status, date, revision, and the exact tags to invalidate", async () => {
    const result = await transitionIssueForEditor({ id: f.issues.ownerDraft, version: 1, userId: f.users.editor.id, to: "publish" });
    expect(result).toMatchObject({ ok: true, version: 2, status: "published" });
    if (!result.ok) throw new Error("publish");
    expect(result.publishedAt).toBeInstanceOf(Date);
    expect(tagsForIssueChange(result.before, result.after).sort()).toEqual(["categories", "category:china", "issue:owner-draft", "issues"]);
    expect((await getPublishedIssueBySlug("owner-draft"))?.title).toBe("Owner draft");
    expect((await listRevisionsForEditor(f.issues.ownerDraft))[0]).toMatchObject({ version: 2, action: "publish" });
  });

  it("invalidates nothing for a draft save, and both slugs when a published issue is renamed", async () => {
    const draftSave = await saveOwnerDraftAs(f.users.owner.id, "x");
    if (!draftSave.ok) throw new Error("save");
    expect(tagsForIssueChange(draftSave.before, draftSave.after)).toEqual([]);
    const live = (await getIssueForEditor(f.issues.live))!;
    const renamed = await saveIssueForEditor({
      id: f.issues.live,
      version: live.version,
      draft: { ...live.draft, slug: "live-renamed", categoryIds: [f.categories.future.id] },
      userId: f.users.owner.id,
    });
    if (!renamed.ok) throw new Error("rename");
    expect(tagsForIssueChange(renamed.before, renamed.after).sort()).toEqual(
      ["author:ann", "categories", "category:china", "category:future", "issue:live-issue", "issue:live-renamed", "issues"].sort(),
    );
  });

  it("unpublishes back to draft and readers no longer see it", async () => {
    const result = await transitionIssueForEditor({ id: f.issues.live, version: 2, userId: f.users.owner.id, to: "unpublish" });
    expect(result).toMatchObject({ ok: true, status: "draft", publishedAt: null });
    expect(await getPublishedIssueBySlug("live-issue")).toBeNull();
  });

  it("publishes due scheduled issues once, in order, keeping the scheduled time", async () => {
    const soon = new Date(Date.now() + 60_000);
    const scheduled = await transitionIssueForEditor({
      id: f.issues.ownerDraft,
      version: 1,
      userId: f.users.owner.id,
      to: "schedule",
      at: soon,
    });
    expect(scheduled).toMatchObject({ ok: true, status: "scheduled" });
    expect(await publishDueIssues(new Date())).toEqual([]);
    // The server was down when it came due: the next run catches up.
    await database()
      .db.update(issues)
      .set({ scheduledFor: sql`now() - interval '1 hour'` })
      .where(eq(issues.id, f.issues.ownerDraft));
    const [a, b] = await Promise.all([publishDueIssues(), publishDueIssues()]);
    expect([...a, ...b].map((p) => p.slug)).toEqual(["owner-draft"]);
    const row = (await getIssueForEditor(f.issues.ownerDraft))!;
    expect(row.status).toBe("published");
    expect(row.scheduledFor).toBeNull();
    expect(Date.now() - row.publishedAt!.getTime()).toBeGreaterThan(59 * 60_000);
    expect((await listRevisionsForEditor(f.issues.ownerDraft))[0]).toMatchObject({ action: "scheduled-publish", editorName: null });
    expect((await listPublishedIssues({ limit: 10 })).map((i) => i.slug)).toContain("owner-draft");
  });
});
