/** CSV export of every subscriber, streamed. Editors and owners only; cells are formula-safe. */
import { audit } from "@/lib/audit";
import { requireRole } from "@/lib/auth";
import { iterateSubscribersForEditor } from "@/db/queries/subscribers";
import { csvRow } from "@/lib/newsletter/csv";

export async function GET() {
  const guard = await requireRole("editor");
  if (!guard.ok) return new Response(guard.error, { status: guard.code === "unauthorized" ? 401 : 403 });
  await audit("export", { actor: guard.user, target: "subscribers" });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(
        encoder.encode(
          csvRow([
            "email",
            "status",
            "interests",
            "consent_at",
            "consent_source",
            "consent_text",
            "confirmed_at",
            "unsubscribed_at",
            "created_at",
          ]),
        ),
      );
      for await (const page of iterateSubscribersForEditor()) {
        controller.enqueue(
          encoder.encode(
            page
              .map((s) =>
                csvRow([
                  s.email,
                  s.status,
                  s.interests,
                  s.consentAt,
                  s.consentSource,
                  s.consentText,
                  s.confirmedAt,
                  s.unsubscribedAt,
                  s.createdAt,
                ]),
              )
              .join(""),
          ),
        );
      }
      controller.close();
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="dispatch-subscribers-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
