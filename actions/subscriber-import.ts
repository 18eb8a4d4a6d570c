"use server";
// Every export is written with editorAction/editorFormAction (lib/editor-action.ts): requireRole runs first.
/** After an import: mail the confirmation link to imported addresses that had no recorded opt-in. */
import { refresh } from "next/cache";
import { z } from "zod";
import { failure, type ActionResult } from "@/lib/action-result";
import { editorFormAction } from "@/lib/editor-action";
import { sendImportConfirmations } from "@/lib/import/confirmations";
import { errorMessage, log } from "@/lib/log";

// The button posts one field so that the shape is checked like every other form.
const confirmSchema = z.object({ confirm: z.literal("yes") });

export const sendImportedConfirmations = editorFormAction(
  "editor",
  confirmSchema,
  async (): Promise<ActionResult<{ sent: number; remaining: number }>> => {
    try {
      const result = await sendImportConfirmations();
      refresh();
      return { ok: true, ...result };
    } catch (err) {
      log.error({ err: errorMessage(err) }, "import confirmations failed");
      return failure("Some confirmation mail could not be sent; press again to go on.");
    }
  },
  { invalid: "Check the form." },
);
