import { describe, expect, it } from "vitest";
import { createFirstOwner, LastOwnerError, updateUserForEditor } from "@/db/queries/users";
import { databaseForThisFile } from "../support/database";
import { seedEditorFixture, type EditorFixture } from "../support/editor-fixtures";

let f: EditorFixture;
databaseForThisFile(async (db) => {
  f = await seedEditorFixture(db);
});

describe(`users (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("never demotes or disables the last active owner", async () => {
    // The fixture's second owner is disabled, so Olive is the last active one.
    await expect(updateUserForEditor(f.users.owner.id, { role: "editor" })).rejects.toBeInstanceOf(LastOwnerError);
    await expect(updateUserForEditor(f.users.owner.id, { disabled: true })).rejects.toBeInstanceOf(LastOwnerError);
    await updateUserForEditor(f.users.editor.id, { role: "owner" });
    expect(await updateUserForEditor(f.users.owner.id, { role: "editor" })).toMatchObject({ role: "editor" });
    await expect(updateUserForEditor(f.users.editor.id, { disabled: true })).rejects.toBeInstanceOf(LastOwnerError);
  });

  it("creates the first owner only while nobody exists", async () => {
    expect(await createFirstOwner({ email: "late@example.com", name: "Late", passwordHash: "x" })).toBeNull();
  });
});
