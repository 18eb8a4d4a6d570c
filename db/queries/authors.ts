/** Authors (the public bylines): the reader's queries, then the editor's. */
import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { authors, issues, type AuthorLink } from "@/db/schema";
import { unlessSlugTaken } from "./slug-taken";

export async function getAuthorBySlug(slug: string) {
  const db = await getDb();
  const [row] = await db.select().from(authors).where(eq(authors.slug, slug)).limit(1);
  return row ?? null;
}

export async function listAuthors() {
  const db = await getDb();
  return db.select().from(authors).orderBy(asc(authors.name));
}

/** An author as a byline shows them; the editor's lists select these columns. */
export const bylineColumns = {
  id: authors.id,
  slug: authors.slug,
  name: authors.name,
  bio: authors.bio,
  photo: authors.photo,
  photoAlt: authors.photoAlt,
};

export async function listAuthorsForEditor() {
  const db = await getDb();
  return db
    .select({
      ...bylineColumns,
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
    await db
      .update(authors)
      .set({ ...input, updatedAt: sql`now()` })
      .where(eq(authors.id, id));
    return { slugs: [...new Set([before.slug, input.slug])] };
  });
}
