import { sitemapHeaders } from "@/lib/reader/sitemap";
import { sitemapXml } from "@/lib/reader/sitemap-files";

export async function GET() {
  return new Response(await sitemapXml(), { headers: sitemapHeaders });
}
