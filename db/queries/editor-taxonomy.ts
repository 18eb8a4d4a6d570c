/**
 * Editor queries for categories, authors (public bylines) and events. Each write returns the slugs
 * it touched so the caller can invalidate exactly those cache tags.
 */
import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { authors, categories, events, issueCategories, issues, type AuthorLink } from "@/db/schema";

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

/** Runs a write; a unique violation (slug taken) becomes `null` instead of an exception. */
async function unlessSlugTaken<T>(write: () => Promise<T>): Promise<T | null> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) return null;
    throw err;
  }
}

export async function listCategoriesForEditor() {
  const db = await getDb();
  return db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      position: categories.position,
      issueCount: sql<number>`(select count(*)::int from ${issueCategories} ic where ic.category_id = "categories"."id")`,
    })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.name));
}

export type CategoryInput = { slug: string; name: string; description: string; position: number };

/** Creates (no id) or updates a category; null when the slug is taken. Returns old and new slug. */
export async function saveCategoryForEditor(id: number | null, input: CategoryInput) {
  const db = await getDb();
  return unlessSlugTaken(async () => {
    if (id === null) {
      const [row] = await db.insert(categories).values(input).returning({ slug: categories.slug });
      return { slugs: [row.slug] };
    }
    const [before] = await db.select({ slug: categories.slug }).from(categories).where(eq(categories.id, id));
    if (!before) return { slugs: [] as string[] };
    await db.update(categories).set({ ...input, updatedAt: sql`now()` }).where(eq(categories.id, id));
    return { slugs: [...new Set([before.slug, input.slug])] };
  });
}

/** Deletes a category that no issue uses; returns its slug, or an error word. */
export async function deleteCategoryForEditor(id: number): Promise<{ slug: string } | "in-use" | "not-found"> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [used] = await tx.select({ n: sql<number>`count(*)::int` }).from(issueCategories).where(eq(issueCategories.categoryId, id));
    if (used.n > 0) return "in-use" as const;
    const [row] = await tx.delete(categories).where(eq(categories.id, id)).returning({ slug: categories.slug });
    return row ?? ("not-found" as const);
  });
}

export async function listAuthorsForEditor() {
  const db = await getDb();
  return db
    .select({
      id: authors.id,
      slug: authors.slug,
      name: authors.name,
      bio: authors.bio,
      photo: authors.photo,
      photoAlt: authors.photoAlt,
      links: authors.links,
      issueCount: sql<number>`(select count(*)::int from ${issues} i where i.author_id = "authors"."id")`,
    })
    .from(authors)
    .orderBy(asc(authors.name));
}

export type AuthorInput = { slug: string; name: string; bio: string; photo: string | null; photoAlt: string; links: AuthorLink[] };

export async function saveAuthorForEditor(id: number | null, input: AuthorInput) {
  const db = await getDb();
  return unlessSlugTaken(async () => {
    if (id === null) {
      const [row] = await db.insert(authors).values(input).returning({ slug: authors.slug });
      return { slugs: [row.slug] };
    }
    const [before] = await db.select({ slug: authors.slug }).from(authors).where(eq(authors.id, id));
    if (!before) return { slugs: [] as string[] };
    await db.update(authors).set({ ...input, updatedAt: sql`now()` }).where(eq(authors.id, id));
    return { slugs: [...new Set([before.slug, input.slug])] };
  });
}

export async function listEventsForEditor() {
  const db = await getDb();
  return db.select().from(events).orderBy(desc(events.startsAt));
}

export type EventInput = { slug: string; title: string; startsAt: string; endsAt: string; location: string; summary: string; url: string | null; isNew: boolean };

export async function saveEventForEditor(id: number | null, input: EventInput) {
  const db = await getDb();
  return unlessSlugTaken(async () => {
    if (id === null) {
      await db.insert(events).values(input);
    } else {
      await db.update(events).set({ ...input, updatedAt: sql`now()` }).where(eq(events.id, id));
    }
    return { slugs: [input.slug] };
  });
}

export async function deleteEventForEditor(id: number): Promise<boolean> {
  const db = await getDb();
  const rows = await db.delete(events).where(eq(events.id, id)).returning({ id: events.id });
  return rows.length > 0;
}
