/**
 * Raster versions of issue covers for the places that refuse SVG: JSON-LD `image` (Google takes
 * PNG, JPEG, WebP, GIF only) and the RSS enclosure. Uploaded covers are raster already (the
 * upload route refuses SVG); the demo covers in public/demo are SVG and are drawn to JPEG here,
 * once per process, by sharp.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { z } from "zod";
import { storage } from "@/lib/storage";
import { contentTypeOf, isValidKey } from "@/lib/storage/keys";

/** A demo SVG's path under public/, without the extension: "demo/covers/2025-02". */
const demoSvgPath = z
  .string()
  .max(200)
  .regex(/^demo\/[a-z0-9_-]+(?:\/[a-z0-9_-]+)*$/);

const RASTER_WIDTH = 1600;
const rendered = new Map<string, Promise<Buffer | null>>();

/** The JPEG of public/<name>.svg, or null when there is no such demo SVG. */
export function rasterizeDemoSvg(name: string): Promise<Buffer | null> {
  const parsed = demoSvgPath.safeParse(name);
  if (!parsed.success) return Promise.resolve(null);
  let job = rendered.get(parsed.data);
  if (!job) {
    job = readFile(path.join(process.cwd(), "public", `${parsed.data}.svg`))
      .then((svg) =>
        sharp(svg, { density: 144 })
          .resize({ width: RASTER_WIDTH, withoutEnlargement: false })
          .flatten({ background: "#fbf8f3" })
          .jpeg({ quality: 82, mozjpeg: true })
          .toBuffer(),
      )
      .catch(() => null);
    rendered.set(parsed.data, job);
  }
  return job;
}

/** The path readers and crawlers get for a cover: the raster route for a demo SVG, the cover itself otherwise. */
export function rasterCoverPath(src: string): string {
  const demo = /^\/(demo\/.+)\.svg$/.exec(src);
  return demo ? `/raster/${demo[1]}.jpg` : src;
}

/** What an RSS enclosure needs: the raster URL path, its MIME type and its length in bytes. */
export async function coverEnclosure(src: string): Promise<{ path: string; type: string; length: number } | null> {
  const demo = /^\/(demo\/.+)\.svg$/.exec(src);
  if (demo) {
    const jpeg = await rasterizeDemoSvg(demo[1]);
    return jpeg ? { path: rasterCoverPath(src), type: "image/jpeg", length: jpeg.length } : null;
  }
  const media = /^\/media\/(.+)$/.exec(src);
  if (media && isValidKey(media[1])) {
    const object = await storage()
      .get(media[1])
      .catch(() => null);
    if (!object) return null;
    await object.body.cancel();
    return { path: src, type: contentTypeOf(media[1]), length: object.size };
  }
  return null;
}
