/** Categories: the reader's queries, then the editor's (each write returns the slugs it touched, for the cache tags). */
import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { categories, issueCategories, issues } from "@/db/schema";
import { unlessSlugTaken } from "./slug-taken";

export type CategoryWithCount = {
  id: number;
  slug: string;
  name: string;
  description: string;
  position: number;
  issueCount: number;
};

const categoryColumns = {
  id: categories.id,
  slug: categories.slug,
  name: categories.name,
  description: categories.description,
  position: categories.position,
};

/** Every category in its editorial order, with the number of published issues in it. */
export async function listCategoriesWithCounts(): Promise<CategoryWithCount[]> {
  const db = await getDb();
  return db
    .select({
      ...categoryColumns,
      issueCount: sql<number>`(select count(*)::int from ${issueCategories} ic join ${issues} i on i.id = ic.issue_id
        where ic.category_id = "categories"."id" and i.status = 'published')`,
    })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.name));
}

export async function getCategoryBySlug(slug: string) {
  const db = await getDb();
  const [row] = await db.select().from(categories).where(eq(categories.slug, slug)).limit(1);
  return row ?? null;
}

export async function listCategoriesForEditor() {
  const db = await getDb();
  return db
    .select({
      ...categoryColumns,
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
    await db
      .update(categories)
      .set({ ...input, updatedAt: sql`now()` })
      .where(eq(categories.id, id));
    return { slugs: [...new Set([before.slug, input.slug])] };
  });
}

/** Deletes a category that no issue uses; returns its slug, or an error word. */
export async function deleteCategoryForEditor(id: number): Promise<{ slug: string } | "in-use" | "not-found"> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [used] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(issueCategories)
      .where(eq(issueCategories.categoryId, id));
    if (used.n > 0) return "in-use" as const;
    const [row] = await tx.delete(categories).where(eq(categories.id, id)).returning({ slug: categories.slug });
    return row ?? ("not-found" as const);
  });
}
