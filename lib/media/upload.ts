/** Reads an upload body with a hard byte cap, checks it, and stores it under a random key. */
import "server-only";
import { randomBytes } from "node:crypto";
import { insertMediaForEditor } from "@/db/queries/media";
import { storage } from "@/lib/storage";
import { checkImage, MAX_UPLOAD_BYTES } from "./image-check";

export class TooLargeError extends Error {}

/** The request body, refusing (TooLargeError) as soon as it passes `limit` bytes. */
export async function readCapped(body: ReadableStream<Uint8Array> | null, limit = MAX_UPLOAD_BYTES): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new TooLargeError();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

export type StoredUpload = { id: number; src: string; width: number; height: number; mime: string; bytes: number };

export async function storeUpload(bytes: Uint8Array, originalName: string, userId: number): Promise<{ ok: true; media: StoredUpload } | { ok: false; error: string }> {
  const check = await checkImage(bytes);
  if (!check.ok) return check;
  const name = randomBytes(18).toString("base64url");
  const key = `${randomBytes(1).toString("hex")}/${name}.${check.type.ext}`;
  await storage().put(key, bytes);
  const row = await insertMediaForEditor({
    key,
    mime: check.type.mime,
    width: check.width,
    height: check.height,
    bytes: bytes.byteLength,
    originalName: originalName.slice(0, 200),
    uploadedBy: userId,
  });
  return { ok: true, media: { id: row.id, src: `/media/${key}`, width: row.width, height: row.height, mime: row.mime, bytes: row.bytes } };
}
