/**
 * Starting the one send of an issue: the editor's action and `npm run newsletter:send` both come
 * here, so the rule (published issues only, one send per issue, the audience's segment, the
 * audit entry) lives in one place. The caller has checked who may do it.
 */
import "server-only";
import { countRecipientsForEditor, createSendForEditor, getSendableIssueForEditor } from "@/db/queries/sends";
import { audit, type AuditActor } from "@/lib/audit";
import { singleLine } from "@/model/common";
import { wakeSendWorker } from "./worker";

export type Audience = "all" | "interested";
export type StartSendResult =
  { ok: true; total: number; sendId: number } | { ok: false; code: "not-published" | "already-sent"; error: string };

/** The recipients a send to this audience would have now (for the confirm step). */
export async function countAudience(issueId: number, audience: Audience): Promise<number | null> {
  const issue = await getSendableIssueForEditor(issueId);
  if (!issue) return null;
  return countRecipientsForEditor(audience === "interested" ? issue.categorySlugs : []);
}

export async function startSend(input: {
  issueId: number;
  audience: Audience;
  actor: Exclude<AuditActor, null>;
}): Promise<StartSendResult> {
  const issue = await getSendableIssueForEditor(input.issueId);
  if (!issue) return { ok: false, code: "not-published", error: "Only a published issue can be sent." };
  const segment = input.audience === "interested" ? issue.categorySlugs : [];
  const startedBy = typeof input.actor === "object" ? input.actor.id : null;
  const send = await createSendForEditor({ issueId: issue.id, subject: singleLine(issue.title), segment, startedBy });
  if (!send) return { ok: false, code: "already-sent", error: "This issue has already been sent by email. An issue is sent once." };
  wakeSendWorker();
  await audit("send", { actor: input.actor, target: `issue ${issue.id}`, details: { audience: input.audience, recipients: send.total } });
  return { ok: true, total: send.total, sendId: send.id };
}
