/** The dashboard's activity list: a run of autosaves is one entry with its count. */
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { getIssueForEditor, saveIssueForEditor } from "@/db/queries/issues/editor";
import { ACTIVITY_WINDOW, listRecentActivityForEditor } from "@/db/queries/issues/revisions";
import { databaseForThisFile } from "../support/database";
import { seedEditorFixture, type EditorFixture } from "../support/editor-fixtures";

let f: EditorFixture;
const database = databaseForThisFile(async (db) => {
  f = await seedEditorFixture(db);
});

/** Saves an issue `times` times as `userId`, as autosave does while someone types. */
async function autosave(issueId: number, userId: number, times: number) {
  for (let n = 0; n < times; n++) {
    const issue = (await getIssueForEditor(issueId))!;
    const saved = await saveIssueForEditor({
      id: issueId,
      version: issue.version,
      draft: { ...issue.draft, summary: `typed ${n}` },
      userId,
    });
    expect(saved.ok).toBe(true);
  }
}

const shape = (rows: Awaited<ReturnType<typeof listRecentActivityForEditor>>) =>
  rows.map((r) => [r.editorName, r.action, r.issueTitle, r.count]);

describe(`recent activity (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("collapses consecutive saves of one issue by one person, and only those", async () => {
    await autosave(f.issues.ownerDraft, f.users.editor.id, 6);
    await autosave(f.issues.codyDraft, f.users.cody.id, 2);
    await autosave(f.issues.ownerDraft, f.users.editor.id, 2);
    await autosave(f.issues.ownerDraft, f.users.owner.id, 1);
    const rows = await listRecentActivityForEditor(12);
    expect(shape(rows)).toEqual([
      ["Olive Owner", "save", "Owner draft", 1],
      ["Ed Editor", "save", "Owner draft", 2],
      ["Cody", "save", "Cody draft", 2],
      ["Ed Editor", "save", "Owner draft", 6],
      ["Olive Owner", "publish", "Live issue", 1],
      ["Olive Owner", "create", "Live issue", 1],
      ["Cody", "create", "Cody draft", 1],
      ["Olive Owner", "create", "Owner draft", 1],
    ]);
    // Each entry carries the time of its last save, newest first.
    const times = rows.map((r) => r.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(rows.every((r) => !r.countIsAtLeast)).toBe(true);
  });

  it("limits entries, not revisions, and shows a contributor only their own issues", async () => {
    await autosave(f.issues.codyDraft, f.users.cody.id, 5);
    await autosave(f.issues.ownerDraft, f.users.editor.id, 5);
    expect(shape(await listRecentActivityForEditor(2))).toEqual([
      ["Ed Editor", "save", "Owner draft", 5],
      ["Cody", "save", "Cody draft", 5],
    ]);
    expect(shape(await listRecentActivityForEditor(12, f.users.cody.id))).toEqual([
      ["Cody", "save", "Cody draft", 5],
      ["Cody", "create", "Cody draft", 1],
    ]);
  });

  it("says “at least” for a run longer than the revisions it reads", async () => {
    // An afternoon of typing: more autosaves in one run than the dashboard reads.
    const issue = (await getIssueForEditor(f.issues.ownerDraft))!;
    await database().db.execute(sql`
      insert into revisions (issue_id, version, snapshot, editor_id, action)
      select ${f.issues.ownerDraft}, ${issue.version} + n, '{}'::jsonb, ${f.users.editor.id}, 'save'
      from generate_series(1, ${ACTIVITY_WINDOW + 50}) as n`);
    const [first, ...rest] = await listRecentActivityForEditor(12);
    expect([first.editorName, first.count, first.countIsAtLeast]).toEqual(["Ed Editor", ACTIVITY_WINDOW, true]);
    expect(rest).toEqual([]);
  });
});
