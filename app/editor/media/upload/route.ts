/**
 * POST /editor/media/upload — the raw image as the body (not multipart), the original name in
 * X-File-Name. Contributors and up. Same-origin only; the body is read with a 10 MB cap.
 */
import { MAX_UPLOAD_BYTES } from "@/lib/media/image-check";
import { readCapped, storeUpload, TooLargeError } from "@/lib/media/upload";
import { admitUpload } from "@/lib/server/upload-admission";

export async function POST(request: Request) {
  // Refused before a byte is read when the size is declared; cut off at 10 MB when it is not.
  const guard = await admitUpload(request, { role: "contributor", maxBytes: MAX_UPLOAD_BYTES, tooLarge: "The file is larger than 10 MB." });
  if (!guard.ok) return guard.response;
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(request.body);
  } catch (err) {
    if (err instanceof TooLargeError) return Response.json({ ok: false, error: "The file is larger than 10 MB." }, { status: 413 });
    throw err;
  }
  let name = "";
  try {
    name = decodeURIComponent(request.headers.get("x-file-name") ?? "");
  } catch {
    name = "";
  }
  // Only a label for the library: control characters (NUL cannot be stored at all) are dropped.
  name = name.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  const stored = await storeUpload(bytes, name, guard.user.id);
  if (!stored.ok) return Response.json({ ok: false, error: stored.error }, { status: 415 });
  return Response.json({ ok: true, media: stored.media }, { status: 201 });
}
