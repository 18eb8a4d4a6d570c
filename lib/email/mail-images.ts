/**
 * Pictures in mail are raster: Gmail and Outlook do not show SVG, and the demo's covers and
 * figures are SVG. Each image a mail uses is converted once with sharp — 1200 px wide, for a
 * 600 px column on 2× screens — and kept in the media store under a key made from a hash of its
 * bytes, so every later send (on any instance) reuses it; /media/<key> serves it with an
 * absolute URL from the run-time SITE_URL.
 */
import "server-only";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { absoluteUrl } from "@/lib/env";
import { errorMessage, log } from "@/lib/log";
import { isValidKey, storage } from "@/lib/storage";

/** Pixels across the stored image; the mail shows it at half that. */
export const MAIL_IMAGE_PIXELS = 1200;
export const MAIL_IMAGE_WIDTH = 600;

const converted = new Map<string, Promise<string | null>>();

async function readAll(body: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The bytes behind an image path of ours: an upload (/media/<key>) or a file under public/. */
async function sourceBytes(src: string): Promise<Buffer | null> {
  if (src.startsWith("/media/")) {
    const key = src.slice("/media/".length);
    if (!isValidKey(key)) return null;
    const object = await storage().get(key);
    return object ? readAll(object.body) : null;
  }
  if (!src.startsWith("/") || src.includes("..") || src.includes("\\")) return null;
  const root = path.join(process.cwd(), "public");
  const file = path.join(root, decodeURIComponent(src.split(/[?#]/)[0]));
  if (!file.startsWith(root + path.sep)) return null;
  return readFile(file).catch(() => null);
}

async function convert(src: string): Promise<string | null> {
  const bytes = await sourceBytes(src);
  if (!bytes) return null;
  const image = sharp(bytes, { limitInputPixels: 100_000_000 });
  const meta = await image.metadata();
  const photo = meta.format === "jpeg";
  const hash = createHash("sha256").update(bytes).digest("hex");
  const key = `${hash.slice(0, 2)}/mail-${hash.slice(2, 34)}-${MAIL_IMAGE_PIXELS}.${photo ? "jpg" : "png"}`;
  const existing = await storage().get(key);
  if (existing) {
    await existing.body.cancel().catch(() => {});
    return `/media/${key}`;
  }
  // Vector art is rendered at the density that makes it 1200 px wide, not scaled up from 72 dpi.
  const density = meta.format === "svg" && meta.width ? Math.min(2_400, (72 * MAIL_IMAGE_PIXELS) / meta.width) : undefined;
  const resized = sharp(bytes, { limitInputPixels: 100_000_000, ...(density ? { density } : {}) })
    .flatten({ background: "#ffffff" })
    .resize({ width: MAIL_IMAGE_PIXELS, withoutEnlargement: meta.format !== "svg" });
  const data = await (
    photo ? resized.jpeg({ quality: 82, mozjpeg: true }) : resized.png({ compressionLevel: 9, palette: true, quality: 90 })
  ).toBuffer();
  await storage().put(key, new Uint8Array(data));
  return `/media/${key}`;
}

/**
 * The absolute URL of the raster copy of an image for mail, or null when it cannot be made
 * (missing file, unreadable bytes): the mail then goes without that picture rather than with one
 * that most clients would not show.
 */
export async function mailImageUrl(src: string): Promise<string | null> {
  if (/^https?:\/\//i.test(src)) return /\.svg(\?|#|$)/i.test(src) ? null : src;
  let pending = converted.get(src);
  if (!pending) {
    pending = convert(src)
      .catch((err) => {
        log.warn({ err: errorMessage(err), src: src.slice(0, 200) }, "mail image conversion failed");
        return null;
      })
      .then((url) => {
        // Only successes are remembered: a file that appears later is picked up by the next send.
        if (!url) converted.delete(src);
        return url;
      });
    converted.set(src, pending);
  }
  const local = await pending;
  return local ? absoluteUrl(local) : null;
}
