/**
 * Converts between an issue's rows (issues, sections, section_items, issue_categories) and the
 * editor's draft shape. Used inside transactions by the editor's issue queries.
 */
import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { authors, categories, issueCategories, issues, sectionItems, sections } from "@/db/schema";
import type { IssueDraft } from "@/model/issue-draft";
import type { IssueStatus } from "@/model/issue";

/** A transaction or the database itself. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

const orNull = (v: string) => (v.trim() === "" ? null : v);

/** The issue's own columns from a draft. */
export function issueColumns(draft: IssueDraft) {
  return {
    title: draft.title,
    slug: draft.slug,
    summary: draft.summary,
    authorId: draft.authorId,
    coverImage: draft.cover?.src ?? null,
    coverAlt: draft.cover?.alt ?? "",
    coverWidth: draft.cover?.width ?? null,
    coverHeight: draft.cover?.height ?? null,
    seoTitle: orNull(draft.seoTitle),
    seoDescription: orNull(draft.seoDescription),
    editionMonth: orNull(draft.editionMonth ?? ""),
  };
}

/** Replaces the issue's sections, items and categories with the draft's. */
export async function writeDraftChildren(tx: Tx, issueId: number, draft: IssueDraft): Promise<void> {
  await tx.delete(sections).where(eq(sections.issueId, issueId));
  await tx.delete(issueCategories).where(eq(issueCategories.issueId, issueId));
  const categoryIds = [...new Set(draft.categoryIds)];
  if (categoryIds.length > 0) {
    await tx.insert(issueCategories).values(categoryIds.map((categoryId, position) => ({ issueId, categoryId, position })));
  }
  if (draft.sections.length === 0) return;
  const inserted = await tx
    .insert(sections)
    .values(
      draft.sections.map((s, position) => ({
        issueId,
        position,
        kind: s.kind,
        title: s.title,
        tldr: s.kind === "callout" ? null : orNull(s.tldr),
        sourceUrl: s.sourceUrl,
        body: s.body,
        image: s.figure?.src ?? null,
        imageAlt: s.figure?.alt ?? "",
        imageWidth: s.figure?.width ?? null,
        imageHeight: s.figure?.height ?? null,
        caption: s.figure ? orNull(s.figure.caption) : null,
        credit: s.figure ? orNull(s.figure.credit) : null,
      })),
    )
    .returning({ id: sections.id, position: sections.position });
  const items = inserted.flatMap(({ id, position }) =>
    draft.sections[position].items.map((item, itemPosition) => ({
      sectionId: id,
      position: itemPosition,
      title: item.title,
      sourceUrl: item.sourceUrl,
      body: item.body,
    })),
  );
  if (items.length > 0) await tx.insert(sectionItems).values(items);
}

/** The draft of an issue as stored now, or null when there is no such issue. */
export async function readDraft(tx: Tx, issueId: number): Promise<IssueDraft | null> {
  const [issue] = await tx.select().from(issues).where(eq(issues.id, issueId)).limit(1);
  if (!issue) return null;
  const [sectionRows, categoryRows] = await Promise.all([
    tx.select().from(sections).where(eq(sections.issueId, issueId)).orderBy(asc(sections.position)),
    tx
      .select({ id: issueCategories.categoryId })
      .from(issueCategories)
      .where(eq(issueCategories.issueId, issueId))
      .orderBy(asc(issueCategories.position)),
  ]);
  const itemRows =
    sectionRows.length > 0
      ? await tx
          .select()
          .from(sectionItems)
          .where(
            inArray(
              sectionItems.sectionId,
              sectionRows.map((s) => s.id),
            ),
          )
          .orderBy(asc(sectionItems.position))
      : [];
  return {
    title: issue.title,
    slug: issue.slug,
    summary: issue.summary,
    categoryIds: categoryRows.map((c) => c.id),
    authorId: issue.authorId,
    cover:
      issue.coverImage && issue.coverWidth && issue.coverHeight
        ? { src: issue.coverImage, width: issue.coverWidth, height: issue.coverHeight, alt: issue.coverAlt }
        : null,
    seoTitle: issue.seoTitle ?? "",
    seoDescription: issue.seoDescription ?? "",
    editionMonth: issue.editionMonth ?? "",
    sections: sectionRows.map((s) => ({
      key: `s${s.id}`,
      kind: s.kind,
      title: s.title,
      tldr: s.tldr ?? "",
      sourceUrl: s.sourceUrl,
      body: s.body,
      figure:
        s.image && s.imageWidth && s.imageHeight
          ? { src: s.image, width: s.imageWidth, height: s.imageHeight, alt: s.imageAlt, caption: s.caption ?? "", credit: s.credit ?? "" }
          : null,
      items: itemRows
        .filter((i) => i.sectionId === s.id)
        .map((i) => ({ key: `i${i.id}`, title: i.title, sourceUrl: i.sourceUrl, body: i.body })),
    })),
  };
}

/** What a reader-visible change of this issue touches: its slug, categories and author. */
export type IssueTagInfo = { slug: string; status: IssueStatus; categorySlugs: string[]; authorSlug: string | null };

export async function readTagInfo(tx: Tx, issueId: number): Promise<IssueTagInfo | null> {
  const [row] = await tx
    .select({ slug: issues.slug, status: issues.status, authorSlug: authors.slug })
    .from(issues)
    .leftJoin(authors, eq(authors.id, issues.authorId))
    .where(eq(issues.id, issueId))
    .limit(1);
  if (!row) return null;
  const cats = await tx
    .select({ slug: categories.slug })
    .from(issueCategories)
    .innerJoin(categories, eq(categories.id, issueCategories.categoryId))
    .where(eq(issueCategories.issueId, issueId));
  return { ...row, categorySlugs: cats.map((c) => c.slug) };
}
