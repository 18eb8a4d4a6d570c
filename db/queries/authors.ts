/** Reader queries for authors (the public bylines). */
import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { authors } from "@/db/schema";

export async function getAuthorBySlug(slug: string) {
  const db = await getDb();
  const [row] = await db.select().from(authors).where(eq(authors.slug, slug)).limit(1);
  return row ?? null;
}

export async function listAuthors() {
  const db = await getDb();
  return db.select().from(authors).orderBy(asc(authors.name));
}
