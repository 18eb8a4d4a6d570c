"use client";
/** Unsubscribe or erase one subscriber; erasure asks first, since it cannot be undone. */
import { useActionState } from "react";
import { eraseSubscriberEverywhere, unsubscribeSubscriber } from "@/actions/subscribers";
import { buttonClass } from "@/components/editor/ui";
import type { ActionResult } from "@/lib/action-result";

export function SubscriberActions({ id, email, active }: { id: number; email: string; active: boolean }) {
  const [unsubState, unsub, unsubPending] = useActionState<ActionResult | null, FormData>(unsubscribeSubscriber, null);
  const [eraseState, erase, erasePending] = useActionState<ActionResult | null, FormData>(eraseSubscriberEverywhere, null);
  const error = (unsubState && !unsubState.ok && unsubState.error) || (eraseState && !eraseState.ok && eraseState.error);
  return (
    <div className="flex flex-wrap items-center gap-1 sm:justify-end">
      {active ? (
        <form action={unsub}>
          <input type="hidden" name="id" value={id} />
          <button type="submit" disabled={unsubPending} className={buttonClass.quiet} aria-label={`Unsubscribe ${email}`}>
            Unsubscribe
          </button>
        </form>
      ) : null}
      <form
        action={erase}
        onSubmit={(e) => {
          if (!window.confirm(`Erase ${email} from every table, deliveries included? This cannot be undone.`)) e.preventDefault();
        }}
      >
        <input type="hidden" name="id" value={id} />
        <button
          type="submit"
          disabled={erasePending}
          className={`${buttonClass.quiet} text-red-700 dark:text-red-300`}
          aria-label={`Erase ${email}`}
        >
          Erase
        </button>
      </form>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </div>
  );
}
