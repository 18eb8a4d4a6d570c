"use server";
// Every export is written with editorAction/editorFormAction (lib/editor-action.ts): requireRole runs first.
/** Sending an issue by email: editors and owners only. */
import { refresh } from "next/cache";
import { z } from "zod";
import { getSendableIssueForEditor } from "@/db/queries/sends";
import { getPublishedIssueBySlug } from "@/db/queries/issues/reader";
import { failure, type ActionResult } from "@/lib/action-result";
import { audit } from "@/lib/audit";
import { editorFormAction } from "@/lib/editor-action";
import { renderIssueMail, personalise } from "@/lib/email/templates";
import { sendMail } from "@/lib/email/transport";
import { absoluteUrl } from "@/lib/env";
import { startSend } from "@/lib/newsletter/start-send";

const startSchema = z.object({
  issueId: z.coerce.number().int().positive(),
  audience: z.enum(["all", "interested"]),
  confirm: z.literal("send", { message: "Tick the box to confirm the send." }),
});

/** Starts the one send of a published issue. A second attempt is refused. */
export const startIssueSend = editorFormAction(
  "editor",
  startSchema,
  async ({ issueId, audience }, { user }): Promise<ActionResult<{ total: number }>> => {
    const started = await startSend({ issueId, audience, actor: user });
    if (!started.ok) return failure(started.error, undefined, started.code);
    refresh();
    return { ok: true, total: started.total };
  },
  // The form has one field a person fills in (the confirm box): say its message itself.
  { invalid: (fieldErrors) => Object.values(fieldErrors)[0] ?? "Check the form." },
);

const testSchema = z.object({ issueId: z.coerce.number().int().positive() });

/** Sends the issue mail to the signed-in editor's own address, marked as a test. */
export const sendTestIssueMail = editorFormAction(
  "editor",
  testSchema,
  async ({ issueId }, { user }): Promise<ActionResult<{ to: string }>> => {
    const issue = await getSendableIssueForEditor(issueId);
    const full = issue ? await getPublishedIssueBySlug(issue.slug) : null;
    if (!full) return failure("Only a published issue can be sent.", undefined, "not-published");
    try {
      const mail = personalise(await renderIssueMail(full), absoluteUrl("/newsletter"));
      await sendMail({ to: user.email, ...mail, subject: `[Test] ${mail.subject}`, kind: "test" });
    } catch (err) {
      return failure(`The test mail was not sent: ${(err as Error).message}`, undefined, "mail");
    }
    await audit("test-send", { actor: user, target: `issue ${full.id}` });
    return { ok: true, to: user.email };
  },
  { invalid: "Check the form." },
);
