/** The choices the issue editor offers: categories, authors (bylines), the next event for the preview. */
import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/db";
import { authors, categories } from "@/db/schema";
import { bylineColumns } from "@/db/queries/authors";

export async function listEditorOptions() {
  const db = await getDb();
  const [cats, people] = await Promise.all([
    db
      .select({ id: categories.id, slug: categories.slug, name: categories.name })
      .from(categories)
      .orderBy(asc(categories.position), asc(categories.name)),
    db.select(bylineColumns).from(authors).orderBy(asc(authors.name)),
  ]);
  return { categories: cats, authors: people };
}
