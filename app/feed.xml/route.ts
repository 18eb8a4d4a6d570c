import { feedHeaders, siteFeedXml } from "@/lib/reader/feeds";

export async function GET() {
  return new Response(await siteFeedXml(), { headers: feedHeaders });
}
