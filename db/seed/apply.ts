/**
 * Loads the demo content. Everything is keyed by slug and skipped when it exists, so running the
 * seed twice changes nothing and never overwrites an editor's changes.
 */
import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { authors, categories, events, issueCategories, issues, sectionItems, sections } from "@/db/schema";
import type { DemoAuthor, DemoCategory, DemoEvent, DemoIssue } from "./types";
import { editionMonthFromTitle } from "@/model/edition-month";

export type SeedContent = {
  categories: DemoCategory[];
  authors: DemoAuthor[];
  events: DemoEvent[];
  issues: DemoIssue[];
};

export type SeedReport = { categories: number; authors: number; events: number; issues: number };

function resolveDate(value: string | ((today: Date) => string), today: Date): string {
  return typeof value === "function" ? value(today) : value;
}

/**
 * Issues per round of inserts: each round is four multi-row inserts (issues, their categories,
 * sections, items) instead of a dozen statements per issue, which is what makes a 10,000-issue
 * archive load in seconds rather than minutes. 250 issues keep every statement under
 * PostgreSQL's 65,535 bind parameters (2,000 sections × 13 columns).
 */
const ISSUES_PER_BATCH = 250;

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

async function insertIssues(tx: Tx, batch: DemoIssue[], categoryIds: Map<string, number>, authorIds: Map<string, number>) {
  const inserted = await tx
    .insert(issues)
    .values(
      batch.map((demo) => {
        const publishedAt = new Date(demo.publishedAt);
        return {
          slug: demo.slug,
          title: demo.title,
          summary: demo.summary,
          status: demo.status,
          publishedAt: demo.status === "published" ? publishedAt : null,
          authorId: authorIds.get(demo.authorSlug) ?? null,
          coverImage: demo.cover?.image ?? null,
          coverAlt: demo.cover?.alt ?? "",
          coverWidth: demo.cover?.width ?? null,
          coverHeight: demo.cover?.height ?? null,
          seoTitle: demo.seoTitle ?? null,
          seoDescription: demo.seoDescription ?? null,
          // The demo titles name their month ("… – February 2025"); the seed stores it as the editor would.
          editionMonth: demo.editionMonth ?? editionMonthFromTitle(demo.title),
          createdAt: publishedAt,
          updatedAt: publishedAt,
        };
      }),
    )
    .returning({ id: issues.id, slug: issues.slug });
  const issueIds = new Map(inserted.map((r) => [r.slug, r.id]));
  const idOf = (demo: DemoIssue) => issueIds.get(demo.slug)!;

  const links = batch.flatMap((demo) =>
    demo.categories.map((slug, position) => {
      const categoryId = categoryIds.get(slug);
      if (!categoryId) throw new Error(`Demo issue ${demo.slug} names unknown category ${slug}`);
      return { issueId: idOf(demo), categoryId, position };
    }),
  );
  if (links.length > 0) await tx.insert(issueCategories).values(links);

  const sectionRows = batch.flatMap((demo) =>
    demo.sections.map((s, position) => {
      const figure = s.kind === "story" ? s.figure : undefined;
      return {
        issueId: idOf(demo),
        position,
        kind: s.kind,
        title: s.title,
        tldr: s.kind === "callout" ? null : s.tldr,
        sourceUrl: s.sourceUrl ?? null,
        body: s.body,
        image: figure?.image ?? null,
        imageAlt: figure?.alt ?? "",
        imageWidth: figure?.width ?? null,
        imageHeight: figure?.height ?? null,
        caption: figure?.caption ?? null,
        credit: figure?.credit ?? null,
      };
    }),
  );
  if (sectionRows.length === 0) return;
  const insertedSections = await tx
    .insert(sections)
    .values(sectionRows)
    .returning({ id: sections.id, issueId: sections.issueId, position: sections.position });
  const sectionIds = new Map(insertedSections.map((r) => [`${r.issueId}:${r.position}`, r.id]));

  const itemRows = batch.flatMap((demo) =>
    demo.sections.flatMap((s, position) =>
      s.kind === "roundup"
        ? s.items.map((item, itemPosition) => ({
            sectionId: sectionIds.get(`${idOf(demo)}:${position}`)!,
            position: itemPosition,
            title: item.title,
            sourceUrl: item.sourceUrl ?? null,
            body: item.body,
          }))
        : [],
    ),
  );
  if (itemRows.length > 0) await tx.insert(sectionItems).values(itemRows);
}

export async function applySeed(db: Db, content: SeedContent, today = new Date()): Promise<SeedReport> {
  return db.transaction(async (tx) => {
    const addedCategories = await tx
      .insert(categories)
      .values(content.categories)
      .onConflictDoNothing({ target: categories.slug })
      .returning({ id: categories.id });

    const addedAuthors = await tx
      .insert(authors)
      .values(content.authors)
      .onConflictDoNothing({ target: authors.slug })
      .returning({ id: authors.id });

    const addedEvents = await tx
      .insert(events)
      .values(
        content.events.map((e) => ({
          ...e,
          startsAt: resolveDate(e.startsAt, today),
          endsAt: resolveDate(e.endsAt, today),
        })),
      )
      .onConflictDoNothing({ target: events.slug })
      .returning({ id: events.id });

    const categoryIds = new Map(
      (await tx.select({ id: categories.id, slug: categories.slug }).from(categories)).map((c) => [c.slug, c.id]),
    );
    const authorIds = new Map((await tx.select({ id: authors.id, slug: authors.slug }).from(authors)).map((a) => [a.slug, a.id]));
    let addedIssues = 0;
    for (let at = 0; at < content.issues.length; at += ISSUES_PER_BATCH) {
      const batch = content.issues.slice(at, at + ISSUES_PER_BATCH);
      const existing = new Set(
        (
          await tx
            .select({ slug: issues.slug })
            .from(issues)
            .where(
              inArray(
                issues.slug,
                batch.map((i) => i.slug),
              ),
            )
        ).map((r) => r.slug),
      );
      const fresh = batch.filter((i) => !existing.has(i.slug));
      if (fresh.length > 0) await insertIssues(tx, fresh, categoryIds, authorIds);
      addedIssues += fresh.length;
    }
    // Fresh statistics, so the planner picks the GIN and list indexes for an archive loaded in
    // one go. PGlite runs no autovacuum, so without this its tables would never have any.
    if (addedIssues > 0) await tx.execute(sql`analyze issues, issue_categories, sections, section_items`);

    return {
      categories: addedCategories.length,
      authors: addedAuthors.length,
      events: addedEvents.length,
      issues: addedIssues,
    };
  });
}

/** True when the database holds no content yet (used by `npm start` to seed a fresh install). */
export async function isContentEmpty(db: Db): Promise<boolean> {
  const [row] = await db
    .execute<{ n: number }>(sql`select (select count(*) from ${issues})::int + (select count(*) from ${categories})::int as n`)
    .then((r) => r.rows);
  return Number(row?.n ?? 0) === 0;
}
