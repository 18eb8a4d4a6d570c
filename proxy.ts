/**
 * Convenience only, never a guard: every action and route handler checks the session itself.
 *
 * A dispatcher: every request is first screened (a cross-site or oversized server action post is
 * refused whatever its path), then handled by the one area it belongs to, each in lib/proxy/:
 * action posts outside the editor, the search, the editor, the reader. The areas do not overlap,
 * so their order is not behaviour. What they share with the server is lib/proxy/services.ts.
 */
import type { NextRequest, NextResponse } from "next/server";
import { editorProxy, isEditorPath } from "@/lib/proxy/editor";
import { readerProxy } from "@/lib/proxy/reader";
import { searchProxy } from "@/lib/proxy/search";
import { readerPostProxy, serverActionRefusal } from "@/lib/proxy/server-actions";

type Area = "reader-post" | "search" | "editor" | "reader";

function areaOf(request: NextRequest): Area {
  const { pathname } = request.nextUrl;
  if (isEditorPath(pathname)) return "editor";
  if (request.method === "POST") return "reader-post";
  return pathname === "/search" ? "search" : "reader";
}

const areas: Record<Area, (request: NextRequest) => Promise<NextResponse>> = {
  "reader-post": readerPostProxy,
  search: searchProxy,
  editor: editorProxy,
  reader: readerProxy,
};

export async function proxy(request: NextRequest) {
  return serverActionRefusal(request) ?? areas[areaOf(request)](request);
}

export const config = {
  // The upload and import routes are left out: a proxy would buffer (and cap) their bodies; they check the session themselves.
  matcher: [
    "/search",
    "/editor",
    "/editor/((?!media/upload$|import/subscribers$|import/issues$).*)",
    "/issues",
    "/issues/:path+",
    "/authors/:path+",
    "/events/:path+",
    "/categories/:path+",
    // Server action posts anywhere (the signup form is on every reader page), with and without JavaScript.
    {
      source: "/((?!editor/media/upload$|editor/import/subscribers$|editor/import/issues$).*)",
      has: [{ type: "header", key: "next-action" }],
    },
    {
      source: "/((?!editor/media/upload$|editor/import/subscribers$|editor/import/issues$|api/).*)",
      has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
    },
  ],
};
