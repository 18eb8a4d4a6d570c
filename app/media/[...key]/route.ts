/**
 * GET /media/<key> — uploaded images, from whichever storage is configured (DATA_DIR/uploads or
 * an S3 bucket), streamed through without buffering. Keys are server-made and checked against a
 * strict pattern (no traversal); the content type follows the extension the server chose; a key
 * never changes content, so the response is cached for a year as immutable.
 */
import { errorMessage, log } from "@/lib/log";
import { isValidKey, storage, type StoredObject } from "@/lib/storage";
import { contentTypeOf, MEDIA_CACHE_CONTROL } from "@/lib/storage/keys";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  if (!isValidKey(key)) return notFound();
  let object: StoredObject | null;
  try {
    object = await storage().get(key);
  } catch (err) {
    // The store is down or misconfigured: say so briefly, and keep caches from keeping the answer.
    log.error({ err: errorMessage(err), key }, "media storage read failed");
    return new Response("Media storage unavailable", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "10" },
    });
  }
  if (!object) return notFound();
  return new Response(object.body, {
    headers: {
      "Content-Type": contentTypeOf(key),
      "Content-Length": String(object.size),
      "Cache-Control": MEDIA_CACHE_CONTROL,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
