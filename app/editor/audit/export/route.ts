/** CSV export of the audit trail (optionally one kind), streamed. Owners only; cells are formula-safe. */
import { z } from "zod";
import { iterateAuditEvents } from "@/db/queries/audit";
import { audit } from "@/lib/audit";
import { auditKindList } from "@/lib/audit-kinds";
import { requireRole } from "@/lib/auth";
import { csvDownload } from "@/lib/newsletter/csv";

export async function GET(request: Request) {
  const guard = await requireRole("owner");
  if (!guard.ok) return new Response(guard.error, { status: guard.code === "unauthorized" ? 401 : 403 });
  const raw = new URL(request.url).searchParams.get("kind");
  const kind = raw ? z.enum(auditKindList).safeParse(raw) : null;
  if (kind && !kind.success) return new Response("Unknown kind of event.", { status: 400 });
  await audit("export", { actor: guard.user, target: "audit trail", details: { kind: kind?.data ?? null } });
  return csvDownload(
    "dispatch-audit",
    ["id", "at", "kind", "actor", "target", "address", "details"],
    iterateAuditEvents(kind?.data ?? null),
    (e) => [e.id, e.at, e.kind, e.actor, e.target, e.address, JSON.stringify(e.details)],
  );
}
