/**
 * Writes the audit trail. Addresses (mail and network) are masked before they are stored; a
 * caller passes labels and small details, never a password, token or mail body. Recording never
 * fails the action it records: a database error is logged instead.
 */
import "server-only";
import { headers } from "next/headers";
import { insertAuditEvent } from "@/db/queries/audit";
import type { AuditKind } from "@/lib/audit-kinds";
import { clientAddress } from "@/lib/client-address";
import { errorMessage, log, maskAddress, maskEmail } from "@/lib/log";

/** Who did it: a signed-in user, or a process ("cli", "scheduler", "system"). */
export type AuditActor = { id: number; email: string } | "cli" | "scheduler" | "system" | null;

export type AuditEntry = {
  actor: AuditActor;
  /** What it was done to, e.g. `user 4 (a***@example.com)` or `issue 12 "February"`. */
  target?: string;
  details?: Record<string, string | number | boolean | null>;
  /** The client's address; read from the request when omitted (empty outside one). */
  address?: string;
};

/** A user as the trail names them: id and masked mail. */
export function userLabel(user: { id: number; email: string }): string {
  return `user ${user.id} (${maskEmail(user.email)})`;
}

async function requestAddress(): Promise<string> {
  try {
    return clientAddress(await headers());
  } catch {
    return ""; // outside a request: a script or a job
  }
}

export async function audit(kind: AuditKind, entry: AuditEntry): Promise<void> {
  const actor = entry.actor;
  const row = {
    kind,
    actorId: actor && typeof actor === "object" ? actor.id : null,
    actor: actor === null ? "anonymous" : typeof actor === "object" ? userLabel(actor) : actor,
    target: (entry.target ?? "").slice(0, 300),
    address: maskAddress(entry.address ?? (await requestAddress())),
    details: entry.details ?? {},
  };
  try {
    await insertAuditEvent(row);
    log.info({ audit: kind, actor: row.actor, target: row.target }, "audit");
  } catch (err) {
    log.error({ audit: kind, err: errorMessage(err) }, "audit event not recorded");
  }
}
