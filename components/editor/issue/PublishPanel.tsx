"use client";

import { useState } from "react";
import { publishIssue, scheduleIssue, unpublishIssue, type TransitionActionResult } from "@/actions/publishing";
import { LocalTime } from "@/components/editor/LocalTime";
import { buttonClass, inputClass } from "@/components/editor/ui";
import type { IssueStatus } from "@/model/issue";

export type PublishState = { status: IssueStatus; publishedAt: string | null; scheduledFor: string | null };

type Props = PublishState & {
  id: number;
  canPublish: boolean;
  /** Saves pending changes first; resolves to the version to publish, or null when that failed. */
  flush: () => Promise<number | null>;
  onDone: (result: Extract<TransitionActionResult, { ok: true }>) => void;
  onConflict: (conflict: { by: string | null; at: string; version: number }) => void;
};

function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Publish now, schedule (in the editor's time zone, stored in UTC) or take back to draft. */
export function PublishPanel({ id, status, publishedAt, scheduledFor, canPublish, flush, onDone, onConflict }: Props) {
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [when, setWhen] = useState(() => localInputValue(new Date(Date.now() + 60 * 60 * 1000)));
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  async function run(action: (version: number) => Promise<TransitionActionResult>) {
    setBusy(true);
    setError(null);
    setProblems([]);
    const version = await flush();
    if (version === null) {
      setBusy(false);
      setError("Save your changes first (see the message above).");
      return;
    }
    const result: TransitionActionResult = await action(version).catch(() => ({
      ok: false as const,
      error: "Could not reach the server.",
    }));
    setBusy(false);
    if (result.ok) return onDone(result);
    setError(result.error);
    if ("problems" in result && result.problems) setProblems(result.problems);
    if ("conflict" in result && result.conflict) onConflict(result.conflict);
    if (result.fieldErrors?.at) setError(result.fieldErrors.at);
  }

  return (
    <section aria-labelledby="publish-heading" className="panel p-3">
      <h2 id="publish-heading" className="text-sm font-semibold">
        Publishing
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400" data-testid="publish-status">
        {status === "published" && publishedAt ? (
          <>
            Published <LocalTime iso={publishedAt} />.
          </>
        ) : status === "scheduled" && scheduledFor ? (
          <>
            Scheduled for <LocalTime iso={scheduledFor} /> ({zone}).
          </>
        ) : (
          "Draft: only signed-in users can see it."
        )}
      </p>
      {canPublish ? (
        <div className="mt-3 space-y-3">
          <div className="flex flex-wrap gap-2">
            {status !== "published" ? (
              <button
                type="button"
                className={buttonClass.primary}
                disabled={busy}
                onClick={() => void run((version) => publishIssue({ id, version }))}
              >
                Publish now
              </button>
            ) : null}
            {status !== "draft" ? (
              <button
                type="button"
                className={buttonClass.secondary}
                disabled={busy}
                onClick={() => void run((version) => unpublishIssue({ id, version }))}
              >
                Unpublish (back to draft)
              </button>
            ) : null}
          </div>
          {status !== "published" ? (
            <div className="flex flex-wrap items-end gap-2">
              <div>
                <label htmlFor="schedule-at" className="mb-1 block text-xs font-semibold text-stone-700 dark:text-stone-300">
                  Publish at ({zone})
                </label>
                <input
                  id="schedule-at"
                  type="datetime-local"
                  value={when}
                  onChange={(e) => setWhen(e.target.value)}
                  className={`${inputClass} w-auto`}
                />
              </div>
              <button
                type="button"
                className={buttonClass.secondary}
                disabled={busy || !when}
                onClick={() => void run((version) => scheduleIssue({ id, version, at: new Date(when).toISOString() }))}
              >
                {status === "scheduled" ? "Reschedule" : "Schedule"}
              </button>
            </div>
          ) : null}
        </div>
      ) : (
        <p className="mt-2 text-xs text-stone-500 dark:text-stone-400">Contributors write drafts; an editor or owner publishes them.</p>
      )}
      {error ? (
        <div
          role="alert"
          className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200"
        >
          <p className="font-medium">{error}</p>
          {problems.length > 0 ? (
            <ul className="mt-1 list-disc pl-5 text-xs">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
