"use server";
// Every export is written with editorAction/editorFormAction (lib/editor-action.ts): requireRole runs first.
/** The subscriber list: editors and owners unsubscribe or erase a subscriber. */
import { refresh } from "next/cache";
import { z } from "zod";
import { eraseSubscriber, getSubscriberById, unsubscribe } from "@/db/queries/subscribers";
import type { ActionResult } from "@/lib/action-result";
import { audit } from "@/lib/audit";
import { editorFormAction } from "@/lib/editor-action";
import { maskEmail } from "@/lib/log";
import { emailKey } from "@/lib/email/tokens";

const idSchema = z.object({ id: z.coerce.number().int().positive() });
const options = { invalid: "Check the form." };

export const unsubscribeSubscriber = editorFormAction(
  "editor",
  idSchema,
  async ({ id }): Promise<ActionResult> => {
    await unsubscribe(id);
    refresh();
    return { ok: true };
  },
  options,
);

/** Erasure (GDPR art. 17): the address leaves every table, deliveries and outbox included. */
export const eraseSubscriberEverywhere = editorFormAction(
  "editor",
  idSchema,
  async ({ id }, { user }): Promise<ActionResult> => {
    const subscriber = await getSubscriberById(id);
    if (!subscriber) return { ok: true };
    await eraseSubscriber(subscriber.id, emailKey(subscriber.email));
    await audit("subscriber-erase", { actor: user, target: `subscriber ${subscriber.id} (${maskEmail(subscriber.email)})` });
    refresh();
    return { ok: true };
  },
  options,
);
