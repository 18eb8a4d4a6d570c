/**
 * GET /media/<key> — uploaded images. Keys are server-made and checked against a strict pattern
 * (no traversal); the content type follows the extension the server chose; a key never changes
 * content, so the response is cached for a year as immutable.
 */
import { isValidKey, storage } from "@/lib/storage";

const types: Record<string, string> = { png: "image/png", jpg: "image/jpeg", webp: "image/webp", gif: "image/gif" };

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  if (!isValidKey(key)) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const object = await storage().get(key);
  if (!object) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(object.body, {
    headers: {
      "Content-Type": types[key.slice(key.lastIndexOf(".") + 1)],
      "Content-Length": String(object.size),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
