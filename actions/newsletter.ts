"use server";
/** Sending an issue by email: editors and owners only. Each action checks the role itself. */
import { refresh } from "next/cache";
import { z } from "zod";
import { createSendForEditor, getSendableIssueForEditor } from "@/db/queries/newsletter-sends";
import { getPublishedIssueBySlug } from "@/db/queries/issues";
import { failure, type ActionResult } from "@/lib/action-result";
import { audit } from "@/lib/audit";
import { requireRole } from "@/lib/auth";
import { renderIssueMail, personalise } from "@/lib/email/templates";
import { sendMail } from "@/lib/email/transport";
import { absoluteUrl } from "@/lib/env";
import { wakeSendWorker } from "@/lib/newsletter/worker";
import { singleLine } from "@/model/common";

const startSchema = z.object({
  issueId: z.coerce.number().int().positive(),
  audience: z.enum(["all", "interested"]),
  confirm: z.literal("send", { message: "Tick the box to confirm the send." }),
});

/** Starts the one send of a published issue. A second attempt is refused. */
export async function startIssueSend(_prev: unknown, formData: FormData): Promise<ActionResult<{ total: number }>> {
  const guard = await requireRole("editor");
  if (!guard.ok) return guard;
  const parsed = startSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(parsed.error.issues[0]?.message ?? "Check the form.", undefined, "invalid");
  const issue = await getSendableIssueForEditor(parsed.data.issueId);
  if (!issue) return failure("Only a published issue can be sent.", undefined, "not-published");
  const segment = parsed.data.audience === "interested" ? issue.categorySlugs : [];
  const send = await createSendForEditor({ issueId: issue.id, subject: singleLine(issue.title), segment, startedBy: guard.user.id });
  if (!send) return failure("This issue has already been sent by email. An issue is sent once.", undefined, "already-sent");
  wakeSendWorker();
  await audit("send", { actor: guard.user, target: `issue ${issue.id}`, details: { audience: parsed.data.audience, recipients: send.total } });
  refresh();
  return { ok: true, total: send.total };
}

const testSchema = z.object({ issueId: z.coerce.number().int().positive() });

/** Sends the issue mail to the signed-in editor's own address, marked as a test. */
export async function sendTestIssueMail(_prev: unknown, formData: FormData): Promise<ActionResult<{ to: string }>> {
  const guard = await requireRole("editor");
  if (!guard.ok) return guard;
  const parsed = testSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Check the form.", undefined, "invalid");
  const issue = await getSendableIssueForEditor(parsed.data.issueId);
  const full = issue ? await getPublishedIssueBySlug(issue.slug) : null;
  if (!full) return failure("Only a published issue can be sent.", undefined, "not-published");
  try {
    const mail = personalise(await renderIssueMail(full), absoluteUrl("/newsletter"));
    await sendMail({ to: guard.user.email, ...mail, subject: `[Test] ${mail.subject}`, kind: "test" });
  } catch (err) {
    return failure(`The test mail was not sent: ${(err as Error).message}`, undefined, "mail");
  }
  await audit("test-send", { actor: guard.user, target: `issue ${full.id}` });
  return { ok: true, to: guard.user.email };
}
