/** /search: too many searches from one client get a real 429 with Retry-After and a short page that says so. */
import { NextResponse, type NextRequest } from "next/server";
import { errorMessage, log } from "@/lib/log";
import { limitedPage } from "@/lib/server/limited-page";
import { proxyServices } from "./services";
import { unavailable } from "./unavailable";

export async function searchProxy(request: NextRequest): Promise<NextResponse> {
  const limit = proxyServices()?.searchBlock;
  if (limit) {
    try {
      const wait = await limit(request.nextUrl.searchParams.get("q"), request.headers);
      if (wait !== null) {
        const body = limitedPage(
          "Too many searches",
          "You have searched many times in the last minute. Please wait a minute, then try again.",
        );
        return new NextResponse(body, {
          status: 429,
          headers: { "Retry-After": String(wait), "Cache-Control": "no-store", "Content-Type": "text/html; charset=utf-8" },
        });
      }
    } catch (err) {
      // The limit's counter is the first query a search makes: when it fails, so would the search.
      log.warn({ err: errorMessage(err) }, "search unavailable: answering 503");
      return unavailable();
    }
  }
  return NextResponse.next();
}
