"use client";
/** The test send and the real send (with its confirm step) of one issue. */
import { useActionState, useState } from "react";
import { sendTestIssueMail, startIssueSend } from "@/actions/newsletter";
import { buttonClass } from "@/components/editor/ui";
import type { ActionResult } from "@/lib/action-result";

export function TestSendForm({ issueId, email }: { issueId: number; email: string }) {
  const [state, action, pending] = useActionState<ActionResult<{ to: string }> | null, FormData>(sendTestIssueMail, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="issueId" value={issueId} />
      <button type="submit" disabled={pending} className={buttonClass.secondary}>
        {pending ? "Sending test…" : `Send a test to ${email}`}
      </button>
      <span role="status" className="text-sm">
        {state?.ok ? `Test sent to ${state.to}.` : state ? <span className="text-red-700 dark:text-red-300">{state.error}</span> : null}
      </span>
    </form>
  );
}

export function StartSendForm({
  issueId,
  all,
  interested,
  categories,
}: {
  issueId: number;
  all: number;
  interested: number;
  categories: string;
}) {
  const [state, action, pending] = useActionState<ActionResult<{ total: number }> | null, FormData>(startIssueSend, null);
  const [audience, setAudience] = useState<"all" | "interested">("all");
  const count = audience === "all" ? all : interested;
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="issueId" value={issueId} />
      <fieldset>
        <legend className="text-xs font-semibold text-stone-700 dark:text-stone-300">Recipients</legend>
        <div className="mt-2 space-y-2 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="audience" value="all" checked={audience === "all"} onChange={() => setAudience("all")} />
            <span>
              All confirmed subscribers <strong className="tabular-nums">({all.toLocaleString("en")})</strong>
            </span>
          </label>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="audience"
              value="interested"
              checked={audience === "interested"}
              onChange={() => setAudience("interested")}
            />
            <span>
              Only those interested in {categories} <strong className="tabular-nums">({interested.toLocaleString("en")})</strong>
            </span>
          </label>
        </div>
      </fieldset>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="confirm" value="send" required className="mt-1" />
        <span>
          I checked the preview and the test mail. Send this issue to {count.toLocaleString("en")} people now; it cannot be sent again.
        </span>
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending || count === 0} className={buttonClass.primary}>
          {pending ? "Starting…" : `Send to ${count.toLocaleString("en")} subscribers`}
        </button>
        {state && !state.ok ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {state.error}
          </p>
        ) : null}
      </div>
    </form>
  );
}
