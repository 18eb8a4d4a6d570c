"use client";
/** The one way imported pending addresses get mail: an editor presses this (500 per press). */
import { useActionState } from "react";
import { sendImportedConfirmations } from "@/actions/subscriber-import";
import { buttonClass } from "@/components/editor/ui";

export function SendConfirmations({ waiting }: { waiting: number }) {
  const [state, action, pending] = useActionState(sendImportedConfirmations, null);
  return (
    <form action={action} className="space-y-2 rounded-lg bg-white p-4 ring-1 ring-stone-200 dark:bg-stone-900 dark:ring-stone-800">
      <input type="hidden" name="confirm" value="yes" />
      <p className="text-sm">
        {waiting.toLocaleString("en")} imported addresses had no recorded opt-in: they are pending and have had no mail. Send them the
        confirmation link (up to 500 per press); only those who confirm will get issues.
      </p>
      <button type="submit" className={buttonClass.secondary} disabled={pending || waiting === 0}>
        Send confirmation mail
      </button>
      {state?.ok ? (
        <p role="status" className="text-sm">
          Sent {state.sent}; {state.remaining} still waiting.
        </p>
      ) : state ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
