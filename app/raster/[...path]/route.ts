/**
 * GET /raster/demo/<name>.jpg — a demo cover (an SVG in public/demo) as JPEG, for JSON-LD and
 * feeds, which need raster images (lib/og/cover-image.ts). Anything else is a 404.
 */
import { z } from "zod";
import { rasterizeDemoSvg } from "@/lib/og/cover-image";

const params = z.object({ path: z.array(z.string().max(100)).min(2).max(6) });
const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, context: { params: Promise<{ path: string[] }> }) {
  const parsed = params.safeParse(await context.params);
  if (!parsed.success) return notFound();
  const joined = parsed.data.path.join("/");
  if (!joined.endsWith(".jpg")) return notFound();
  const jpeg = await rasterizeDemoSvg(joined.slice(0, -".jpg".length));
  if (!jpeg) return notFound();
  return new Response(new Uint8Array(jpeg), {
    headers: {
      "Content-Type": "image/jpeg",
      "Content-Length": String(jpeg.length),
      // Drawn from a file of the build: the same for a day at least.
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
