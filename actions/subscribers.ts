"use server";
/** The subscriber list: editors and owners unsubscribe or erase a subscriber. */
import { refresh } from "next/cache";
import { z } from "zod";
import { eraseSubscriber, getSubscriberById, unsubscribe } from "@/db/queries/subscribers";
import { failure, type ActionResult } from "@/lib/action-result";
import { audit } from "@/lib/audit";
import { maskEmail } from "@/lib/log";
import { requireRole } from "@/lib/auth";
import { emailKey } from "@/lib/email/tokens";

const idSchema = z.object({ id: z.coerce.number().int().positive() });

export async function unsubscribeSubscriber(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const guard = await requireRole("editor");
  if (!guard.ok) return guard;
  const parsed = idSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Check the form.", undefined, "invalid");
  await unsubscribe(parsed.data.id);
  refresh();
  return { ok: true };
}

/** Erasure (GDPR art. 17): the address leaves every table, deliveries and outbox included. */
export async function eraseSubscriberEverywhere(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const guard = await requireRole("editor");
  if (!guard.ok) return guard;
  const parsed = idSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Check the form.", undefined, "invalid");
  const subscriber = await getSubscriberById(parsed.data.id);
  if (!subscriber) return { ok: true };
  await eraseSubscriber(subscriber.id, emailKey(subscriber.email));
  await audit("subscriber-erase", { actor: guard.user, target: `subscriber ${subscriber.id} (${maskEmail(subscriber.email)})` });
  refresh();
  return { ok: true };
}
