/**
 * Checks an upload before anything is stored: the type comes from the content's magic bytes (never
 * the name or the browser's claim), SVG and everything else is refused with a clear message, and
 * sharp reads the dimensions from the header with a pixel limit (a 20000×20000 PNG is refused
 * without being decoded).
 */
import "server-only";
import sharp from "sharp";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** 40 megapixels: larger than any camera image an editor needs, far below memory trouble. */
export const MAX_PIXELS = 40_000_000;

export type ImageType = {
  mime: "image/png" | "image/jpeg" | "image/webp" | "image/gif";
  ext: "png" | "jpg" | "webp" | "gif";
  sharpFormat: string;
};

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);

/** The image type by magic bytes, or null. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: "image/png", ext: "png", sharpFormat: "png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: "image/jpeg", ext: "jpg", sharpFormat: "jpeg" };
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return { mime: "image/webp", ext: "webp", sharpFormat: "webp" };
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61)
    return { mime: "image/gif", ext: "gif", sharpFormat: "gif" };
  return null;
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 2048)).toLowerCase();
  return head.includes("<svg");
}

export type ImageCheck = { ok: true; type: ImageType; width: number; height: number } | { ok: false; error: string };

export async function checkImage(bytes: Uint8Array): Promise<ImageCheck> {
  if (bytes.byteLength === 0) return { ok: false, error: "The file is empty." };
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, error: "The file is larger than 10 MB." };
  const type = sniffImageType(bytes);
  if (!type) {
    if (looksLikeSvg(bytes)) {
      return { ok: false, error: "SVG images are not accepted (they can carry scripts). Export it as PNG or WebP and upload that." };
    }
    return { ok: false, error: "This is not a PNG, JPEG, WebP or GIF image. Only those four are accepted." };
  }
  try {
    // metadata() reads the header only and never decodes pixels, so it is safe for any size;
    // the size is then checked here (sharp's own limit would answer "damaged", not "too big").
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (meta.format !== type.sharpFormat) return { ok: false, error: "The file's content does not match its image type." };
    const width = meta.width ?? 0;
    const height = meta.height ?? 0;
    if (width < 1 || height < 1) return { ok: false, error: "The image has no size." };
    if (width * height > MAX_PIXELS) {
      return {
        ok: false,
        error: `The image is ${width}×${height} pixels; at most ${MAX_PIXELS / 1_000_000} megapixels are accepted. Scale it down first.`,
      };
    }
    // Every frame of an animation is decoded when the upload is re-encoded: the same budget in all.
    const frames = meta.pages ?? 1;
    if (frames > 1 && frames * width * height > MAX_PIXELS) {
      return {
        ok: false,
        error: `The animation has ${frames} frames of ${width}×${height} pixels; at most ${MAX_PIXELS / 1_000_000} megapixels in all are accepted. Shorten or scale it down first.`,
      };
    }
    return { ok: true, type, width, height };
  } catch {
    return { ok: false, error: "The image could not be read; it may be damaged." };
  }
}
