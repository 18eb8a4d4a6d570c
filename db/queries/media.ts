/** Editor queries for the media library. */
import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { media, users } from "@/db/schema";

export async function insertMediaForEditor(row: {
  key: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  originalName: string;
  uploadedBy: number | null;
}) {
  const db = await getDb();
  const [inserted] = await db.insert(media).values(row).returning();
  return inserted;
}

export async function listMediaForEditor(limit = 200) {
  const db = await getDb();
  return db
    .select({
      id: media.id,
      key: media.key,
      mime: media.mime,
      width: media.width,
      height: media.height,
      bytes: media.bytes,
      originalName: media.originalName,
      alt: media.alt,
      credit: media.credit,
      createdAt: media.createdAt,
      uploadedByName: users.name,
    })
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedBy))
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(limit);
}

/** `uploadedBy` limits the change to that user's own uploads (contributors). */
export async function updateMediaTextForEditor(id: number, change: { alt: string; credit: string }, uploadedBy?: number) {
  const db = await getDb();
  const mine = uploadedBy === undefined ? undefined : eq(media.uploadedBy, uploadedBy);
  const [row] = await db
    .update(media)
    .set(change)
    .where(and(eq(media.id, id), mine))
    .returning({ id: media.id });
  return !!row;
}
