/** Reads an upload body with a hard byte cap, checks it, and stores it under a random key. */
import "server-only";
import { randomBytes } from "node:crypto";
import { insertMediaForEditor } from "@/db/queries/media";
import { storage } from "@/lib/storage";
import sharp from "sharp";
import { readCappedBody, TooLargeError } from "@/lib/server/body-limit";
import { checkImage, MAX_UPLOAD_BYTES, type ImageCheck } from "./image-check";

export { TooLargeError };

/** The upload body, refusing (TooLargeError) as soon as it passes 10 MB. */
export function readCapped(body: ReadableStream<Uint8Array> | null, limit = MAX_UPLOAD_BYTES): Promise<Uint8Array> {
  return readCappedBody(body, limit);
}

/**
 * The image decoded and encoded again in its own format: only pixels (and animation frames)
 * survive. Whatever rode along — HTML or script appended after the end marker or hidden in
 * comments and metadata (GIF/JS and PNG/HTML polyglots), EXIF with the camera's GPS position —
 * is gone. JPEGs are turned upright first, since their orientation tag is dropped with the rest.
 */
async function reencode(
  bytes: Uint8Array,
  check: Extract<ImageCheck, { ok: true }>,
): Promise<{ data: Uint8Array; width: number; height: number }> {
  const animated = check.type.ext === "gif" || check.type.ext === "webp";
  const image = sharp(bytes, { animated, limitInputPixels: false });
  const { data, info } = await (
    check.type.ext === "jpg"
      ? image.rotate().jpeg({ quality: 90 })
      : check.type.ext === "png"
        ? image.png()
        : check.type.ext === "webp"
          ? image.webp({ quality: 90 })
          : image.gif()
  ).toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: animated ? check.width : info.width, height: animated ? check.height : info.height };
}

export type StoredUpload = { id: number; src: string; width: number; height: number; mime: string; bytes: number };

export async function storeUpload(
  bytes: Uint8Array,
  originalName: string,
  userId: number | null,
): Promise<{ ok: true; media: StoredUpload } | { ok: false; error: string }> {
  const check = await checkImage(bytes);
  if (!check.ok) return check;
  let clean: Awaited<ReturnType<typeof reencode>>;
  try {
    clean = await reencode(bytes, check);
  } catch {
    return { ok: false, error: "The image could not be read; it may be damaged." };
  }
  const name = randomBytes(18).toString("base64url");
  const key = `${randomBytes(1).toString("hex")}/${name}.${check.type.ext}`;
  await storage().put(key, clean.data);
  let row: Awaited<ReturnType<typeof insertMediaForEditor>>;
  try {
    row = await insertMediaForEditor({
      key,
      mime: check.type.mime,
      width: clean.width,
      height: clean.height,
      bytes: clean.data.byteLength,
      originalName: originalName.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 200),
      uploadedBy: userId,
    });
  } catch (err) {
    // No row, no file: an upload the database refused leaves nothing behind in the store.
    await storage()
      .delete(key)
      .catch(() => {});
    throw err;
  }
  return { ok: true, media: { id: row.id, src: `/media/${key}`, width: row.width, height: row.height, mime: row.mime, bytes: row.bytes } };
}
