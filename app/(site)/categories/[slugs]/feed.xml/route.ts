import { z } from "zod";
import { categoryFeedXml, feedHeaders } from "@/lib/reader/feeds";

const params = z.object({ slugs: z.string().regex(/^[a-z0-9-]{1,80}$/) });

export async function GET(_request: Request, context: { params: Promise<{ slugs: string }> }) {
  const parsed = params.safeParse(await context.params);
  const xml = parsed.success ? await categoryFeedXml(parsed.data.slugs) : null;
  if (!xml) return new Response("No such category.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(xml, { headers: feedHeaders });
}
