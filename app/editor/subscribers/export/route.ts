/** CSV export of every subscriber, streamed. Editors and owners only; cells are formula-safe. */
import { audit } from "@/lib/audit";
import { requireRole } from "@/lib/auth";
import { iterateSubscribersForEditor } from "@/db/queries/subscribers";
import { csvDownload } from "@/lib/newsletter/csv";

export async function GET() {
  const guard = await requireRole("editor");
  if (!guard.ok) return new Response(guard.error, { status: guard.code === "unauthorized" ? 401 : 403 });
  await audit("export", { actor: guard.user, target: "subscribers" });
  return csvDownload(
    "dispatch-subscribers",
    ["email", "status", "interests", "consent_at", "consent_source", "consent_text", "confirmed_at", "unsubscribed_at", "created_at"],
    iterateSubscribersForEditor(),
    (s) => [s.email, s.status, s.interests, s.consentAt, s.consentSource, s.consentText, s.confirmedAt, s.unsubscribedAt, s.createdAt],
  );
}
