/** Reader queries for categories. */
import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { categories, issueCategories, issues } from "@/db/schema";

export type CategoryWithCount = {
  id: number;
  slug: string;
  name: string;
  description: string;
  position: number;
  issueCount: number;
};

/** Every category in its editorial order, with the number of published issues in it. */
export async function listCategoriesWithCounts(): Promise<CategoryWithCount[]> {
  const db = await getDb();
  return db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      position: categories.position,
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
