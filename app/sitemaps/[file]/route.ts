import { z } from "zod";
import { sitemapHeaders } from "@/lib/reader/sitemap";
import { sitemapFileXml } from "@/lib/reader/sitemap-files";

/** "0.xml" … "999.xml"; anything else is not a file of the index. */
const fileName = z.string().regex(/^(0|[1-9]\d{0,2})\.xml$/);

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const parsed = fileName.safeParse((await params).file);
  const xml = parsed.success ? await sitemapFileXml(Number(parsed.data.slice(0, -4))) : null;
  if (xml === null) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(xml, { headers: sitemapHeaders });
}
