/** Users, taxonomy and issues for editor tests, written through the real query layer. */
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { authors, categories, events, media } from "@/db/schema";
import { createIssueForEditor } from "@/db/queries/issues/editor";
import { transitionIssueForEditor } from "@/db/queries/issues/publishing";
import { createUserForEditor } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { issueDraftSchema, type IssueDraft } from "@/model/issue-draft";

let passwordHash: string | undefined;

export function draftOf(partial: Partial<IssueDraft> & { slug: string }): IssueDraft {
  return issueDraftSchema.parse(partial);
}

export const story = (title: string) => ({
  key: title,
  kind: "story" as const,
  title,
  tldr: "",
  sourceUrl: null,
  body: `${title} body.`,
  figure: null,
  items: [],
});

export async function seedEditorFixture(db: Db) {
  passwordHash ??= await hashPassword("a long enough password");
  const owner = await createUserForEditor({ email: "owner@example.com", name: "Olive Owner", role: "owner", passwordHash });
  const editor = await createUserForEditor({ email: "editor@example.com", name: "Ed Editor", role: "editor", passwordHash });
  const cody = await createUserForEditor({ email: "cody@example.com", name: "Cody", role: "contributor", passwordHash });
  const cara = await createUserForEditor({ email: "cara@example.com", name: "Cara", role: "contributor", passwordHash });
  const disabled = await createUserForEditor({ email: "gone@example.com", name: "Gone", role: "owner", passwordHash });
  await db.execute(sql`update users set disabled_at = now() where id = ${disabled.id}`);
  const [china, future, unused] = await db
    .insert(categories)
    .values([
      { slug: "china", name: "China", position: 0 },
      { slug: "future", name: "Future", position: 1 },
      { slug: "unused", name: "Unused", position: 2 },
    ])
    .returning();
  const [author] = await db.insert(authors).values({ slug: "ann", name: "Ann Writer" }).returning();
  const [event] = await db.insert(events).values({ slug: "tour", title: "Tour", startsAt: "2099-01-01", endsAt: "2099-01-05" }).returning();
  const [image] = await db
    .insert(media)
    .values({ key: "ab/aaaaaaaaaaaaaaaaaaaaaaaa.png", mime: "image/png", width: 10, height: 10, bytes: 100, uploadedBy: owner.id })
    .returning();

  const ownerDraft = await createIssueForEditor(
    draftOf({ title: "Owner draft", slug: "owner-draft", categoryIds: [china.id], sections: [story("One")] }),
    owner.id,
  );
  const codyDraft = await createIssueForEditor(
    draftOf({ title: "Cody draft", slug: "cody-draft", categoryIds: [future.id], sections: [story("Two")] }),
    cody.id,
  );
  const live = await createIssueForEditor(
    draftOf({
      title: "Live issue",
      slug: "live-issue",
      categoryIds: [china.id, future.id],
      authorId: author.id,
      sections: [story("Three")],
    }),
    owner.id,
  );
  if (!ownerDraft.ok || !codyDraft.ok || !live.ok) throw new Error("fixture issues");
  await transitionIssueForEditor({ id: live.id, version: 1, userId: owner.id, to: "publish" });
  return {
    users: { owner, editor, cody, cara, disabled },
    categories: { china, future, unused },
    author,
    event,
    image,
    issues: { ownerDraft: ownerDraft.id, codyDraft: codyDraft.id, live: live.id },
  };
}

export type EditorFixture = Awaited<ReturnType<typeof seedEditorFixture>>;

/** Cody's draft with every field, as the issue editor's form sends it to the saveIssue action. */
export function codyDraftForm(f: EditorFixture, fields: Record<string, unknown> = {}) {
  return {
    title: "Cody draft",
    slug: "cody-draft",
    summary: "",
    categoryIds: [f.categories.future.id],
    authorId: null,
    cover: null,
    seoTitle: "",
    seoDescription: "",
    sections: [],
    ...fields,
  };
}

/** A fingerprint of every table's contents: equal before and after means nothing changed. */
export async function databaseFingerprint(db: Db): Promise<Record<string, string>> {
  const tables = (
    await db.execute<{ name: string }>(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    )
  ).rows.map((r) => r.name);
  const out: Record<string, string> = {};
  for (const name of tables) {
    const [row] = (
      await db.execute<{ fp: string | null }>(
        sql.raw(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as fp from "${name}" t`),
      )
    ).rows;
    out[name] = row?.fp ?? "";
  }
  return out;
}
