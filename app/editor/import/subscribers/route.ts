/**
 * POST /editor/import/subscribers?mode=preview|import[&mapping=email=Col,…][&fileName=…] — the CSV
 * as the raw body. Editors and owners; same origin only; at most 25 MB and 100,000 rows (the
 * command line has no cap). Answers a stream of progress lines, then the summary.
 */
import { ImportBusyError } from "@/db/queries/subscriber-import";
import { importSubscribers, ImportInputError } from "@/lib/import/subscribers";
import { bodyChunks, progressResponse } from "@/lib/import/progress-response";
import { admitUpload } from "@/lib/server/upload-admission";
import {
  parseMappingArgument,
  subscriberImportRequestSchema,
  type ColumnMapping,
  WEB_IMPORT_MAX_BYTES,
  WEB_IMPORT_MAX_ROWS,
} from "@/model/import";

export async function POST(request: Request) {
  const guard = await admitUpload(request, {
    role: "editor",
    maxBytes: WEB_IMPORT_MAX_BYTES,
    tooLarge: "The file is larger than 25 MB; use npm run subscribers:import.",
  });
  if (!guard.ok) return guard.response;
  const query = subscriberImportRequestSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ ok: false, error: "Choose preview or import." }, { status: 400 });
  let mapping: ColumnMapping | undefined;
  if (query.data.mapping) {
    const parsed = parseMappingArgument(query.data.mapping);
    if ("error" in parsed) return Response.json({ ok: false, error: `Column mapping: ${parsed.error}` }, { status: 400 });
    mapping = parsed;
  }
  const { mode, fileName } = query.data;
  return progressResponse(
    (progress) =>
      importSubscribers(bodyChunks(request.body), {
        mode,
        mapping,
        fileName: fileName?.replace(/[\u0000-\u001f\u007f]/g, ""),
        createdBy: guard.user.id,
        maxBytes: WEB_IMPORT_MAX_BYTES,
        maxRows: WEB_IMPORT_MAX_ROWS,
        onProgress: (rows) => progress({ rows }),
      }),
    (err) => (err instanceof ImportInputError || err instanceof ImportBusyError ? err.message : null),
  );
}
