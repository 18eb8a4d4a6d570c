"use client";

import { useRef, useState } from "react";
import { listRevisions, restoreRevision } from "@/actions/issues";
import { LocalTime } from "@/components/editor/LocalTime";
import { buttonClass } from "@/components/editor/ui";
import type { IssueDraft } from "@/model/issue-draft";

type Revision = { id: number; version: number; action: string; at: string; by: string | null };

const words: Record<string, string> = {
  create: "Created",
  save: "Saved",
  restore: "Restored",
  publish: "Published",
  schedule: "Scheduled",
  unpublish: "Unpublished",
  "scheduled-publish": "Published by the scheduler",
};

/** Every save of this issue, newest first; restoring one makes it a new save. */
export function RevisionsDialog({
  issueId,
  currentVersion,
  flush,
  onRestored,
}: {
  issueId: number;
  currentVersion: number;
  flush: () => Promise<number | null>;
  onRestored: (draft: IssueDraft, version: number, savedAt: string) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function open() {
    dialog.current?.showModal();
    setError(null);
    const result = await listRevisions(issueId);
    if (result.ok) setRevisions(result.revisions);
    else setError(result.error);
  }

  async function restore(revision: Revision) {
    setBusy(true);
    const version = await flush();
    if (version === null) {
      setBusy(false);
      return setError("Save or resolve your current changes first.");
    }
    const result = await restoreRevision({ issueId, revisionId: revision.id, version });
    setBusy(false);
    if (!result.ok || !result.draft) return setError(result.ok ? "That revision cannot be restored." : result.error);
    onRestored(result.draft, result.version, result.savedAt);
    dialog.current?.close();
  }

  return (
    <>
      <button type="button" className={buttonClass.secondary} onClick={() => void open()}>
        History
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="revisions-heading"
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-stone-200 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/40 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        <div className="flex items-center justify-between border-b border-stone-200 px-4 py-3 dark:border-stone-800">
          <h2 id="revisions-heading" className="text-sm font-semibold">
            Revision history
          </h2>
          <button type="button" className={buttonClass.quiet} onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        {error ? (
          <p role="alert" className="px-4 pt-3 text-sm text-red-700 dark:text-red-300">
            {error}
          </p>
        ) : null}
        <ol className="max-h-[60vh] divide-y divide-stone-100 overflow-y-auto text-sm dark:divide-stone-800">
          {(revisions ?? []).map((r) => (
            <li key={r.id} className="flex items-center gap-3 px-4 py-2">
              <span className="w-10 text-xs text-stone-600 tabular-nums dark:text-stone-400">v{r.version}</span>
              <span className="min-w-0 flex-1">
                <span className="font-medium">{words[r.action] ?? r.action}</span>
                <span className="text-stone-500 dark:text-stone-400"> · {r.by ?? "system"} · </span>
                <LocalTime iso={r.at} className="text-stone-500 dark:text-stone-400" />
              </span>
              {r.version === currentVersion ? (
                <span className="text-xs font-semibold text-accent-800 dark:text-accent-300">Current</span>
              ) : (
                <button
                  type="button"
                  className={`${buttonClass.secondary} px-2 py-0.5 text-xs`}
                  disabled={busy}
                  onClick={() => void restore(r)}
                >
                  Restore
                </button>
              )}
            </li>
          ))}
          {revisions === null && !error ? <li className="px-4 py-3 text-stone-600 dark:text-stone-400">Loading…</li> : null}
        </ol>
      </dialog>
    </>
  );
}
