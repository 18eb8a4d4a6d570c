/**
 * Confirmation mail for imported addresses without a recorded opt-in: sent only when an editor
 * asks (the page's button, or `--send-confirmations`), a bounded number per request, each with
 * its own token, through the same template as a signup's.
 */
import "server-only";
import { countImportedPendingWithoutToken, listImportedPendingWithoutToken, setImportedConfirmToken } from "@/db/queries/subscriber-import";
import { sendMail } from "@/lib/email/transport";
import { renderConfirmationMail } from "@/lib/email/templates";
import { newConfirmToken } from "@/lib/email/tokens";
import { absoluteUrl } from "@/lib/env";

/** Per request of the editor's button: the rest waits for the next press (cost stays bounded). */
export const CONFIRMATIONS_PER_REQUEST = 500;

export async function sendImportConfirmations(limit = CONFIRMATIONS_PER_REQUEST): Promise<{ sent: number; remaining: number }> {
  let sent = 0;
  for (const row of await listImportedPendingWithoutToken(limit)) {
    const token = newConfirmToken();
    // Claimed first: two presses at once never mail one address twice.
    if (!(await setImportedConfirmToken(row.id, token.hash, token.expiresAt))) continue;
    const rendered = await renderConfirmationMail(absoluteUrl(`/newsletter/confirm?token=${token.token}`));
    await sendMail({ to: row.email, ...rendered, kind: "confirmation" });
    sent++;
  }
  return { sent, remaining: await countImportedPendingWithoutToken() };
}
