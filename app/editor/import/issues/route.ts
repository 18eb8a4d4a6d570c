/**
 * POST /editor/import/issues[?ghostUrl=https://old.example.com] — an RSS/Atom feed or a Ghost JSON
 * export as the raw body (at most 20 MB, 200 posts, 400 images). Editors and owners; same origin
 * only. Every post becomes a draft; answers a stream of progress lines, then the summary.
 */
import { z } from "zod";
import { allowPrivateNetworkForImport } from "@/lib/import/fetch-image";
import { ArchiveInputError, importArchiveFile } from "@/lib/import/issues";
import { progressResponse } from "@/lib/import/progress-response";
import { readCappedBody, TooLargeError } from "@/lib/server/body-limit";
import { admitUpload } from "@/lib/server/upload-admission";

const MAX_BYTES = 20 * 1024 * 1024;
const TOO_LARGE = "The file is larger than 20 MB; use npm run issues:import.";
const querySchema = z.object({ ghostUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/ }).max(500)]).optional() });

export async function POST(request: Request) {
  const guard = await admitUpload(request, { role: "editor", maxBytes: MAX_BYTES, tooLarge: TOO_LARGE });
  if (!guard.ok) return guard.response;
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ ok: false, error: "The old site's address must be an http(s) URL." }, { status: 400 });
  let content: string;
  try {
    content = new TextDecoder().decode(await readCappedBody(request.body, MAX_BYTES));
  } catch (err) {
    if (err instanceof TooLargeError) return Response.json({ ok: false, error: TOO_LARGE }, { status: 413 });
    throw err;
  }
  return progressResponse(
    (progress) =>
      importArchiveFile(content, {
        createdBy: guard.user.id,
        ghostUrl: query.data.ghostUrl || undefined,
        maxPosts: 200,
        maxImages: 400,
        allowPrivateNetwork: allowPrivateNetworkForImport(),
        onProgress: (done, total) => progress({ done, total }),
      }),
    (err) => (err instanceof ArchiveInputError ? err.message : null),
  );
}
