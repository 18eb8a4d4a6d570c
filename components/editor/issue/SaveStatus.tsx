"use client";

import { useState } from "react";
import { buttonClass } from "@/components/editor/ui";
import type { IssueDraft } from "@/model/issue-draft";
import type { Conflict, SaverState } from "./useIssueSaver";

/** "14:32" today, "24 Mar 2025, 08:00" on another day. */
function savedWhen(iso: string): string {
  const date = new Date(iso);
  const today = new Date().toDateString() === date.toDateString();
  return new Intl.DateTimeFormat(
    "en-GB",
    today
      ? { hour: "2-digit", minute: "2-digit" }
      : { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
  ).format(date);
}

/** "Saved at 14:32", "Saving…", "Unsaved changes" or the error — always visible. */
export function SaveStatus({ state, autosave }: { state: SaverState; autosave: boolean }) {
  let text: string;
  let tone = "text-stone-500 dark:text-stone-400";
  if (state.conflict) {
    text = "Not saved: a newer version exists";
    tone = "text-red-700 dark:text-red-300 font-semibold";
  } else if (state.saving) {
    text = "Saving…";
  } else if (state.error) {
    text = `Not saved: ${state.error}`;
    tone = "text-red-700 dark:text-red-300 font-semibold";
  } else if (state.dirty) {
    text = autosave ? "Unsaved changes…" : "Unsaved changes — press “Update live issue”";
    tone = "text-amber-700 dark:text-amber-300";
  } else {
    text = state.savedAt ? `Saved at ${savedWhen(state.savedAt)}` : "Saved";
  }
  return (
    <p role="status" aria-live="polite" data-testid="save-status" className={`text-xs ${tone}`}>
      {text}
    </p>
  );
}

/** Draft text as Markdown, for copying out when a save was refused. */
export function draftAsText(draft: IssueDraft): string {
  const parts = [`# ${draft.title}`, draft.summary];
  draft.sections.forEach((s, i) => {
    parts.push(`## ${i + 1}. ${s.title}${s.sourceUrl ? ` (${s.sourceUrl})` : ""}`, s.tldr ? `TL;DR: ${s.tldr}` : "", s.body);
    for (const item of s.items) parts.push(`- **${item.title}**${item.sourceUrl ? ` (${item.sourceUrl})` : ""}: ${item.body}`);
  });
  return parts.filter(Boolean).join("\n\n");
}

export function ConflictBanner({ conflict, draft }: { conflict: Conflict; draft: IssueDraft }) {
  const [copied, setCopied] = useState(false);
  const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" }).format(new Date(conflict.at));
  return (
    <div
      role="alert"
      className="border-b border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/70 dark:text-red-100"
    >
      <p className="font-semibold">
        {conflict.by ?? "Someone"} changed this issue at {when}. Your changes were not saved, and nothing was overwritten.
      </p>
      <p className="mt-0.5">Your text is still here. Copy it, then reload to see their version and add your changes again.</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonClass.secondary}
          onClick={() => void navigator.clipboard?.writeText(draftAsText(draft)).then(() => setCopied(true))}
        >
          {copied ? "Copied" : "Copy my text"}
        </button>
        <button type="button" className={buttonClass.danger} onClick={() => window.location.reload()}>
          Reload their version
        </button>
      </div>
    </div>
  );
}

export function RecoveredBanner({ at, onRestore, onDiscard }: { at: string; onRestore: () => void; onDiscard: () => void }) {
  return (
    <div
      role="alert"
      className="border-b border-amber-200 bg-amber-50 px-4 py-2.5 text-sm text-amber-950 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-100"
    >
      <span className="font-semibold">
        Unsaved changes from {new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" }).format(new Date(at))} were kept
        in this browser.
      </span>{" "}
      <button type="button" className="font-semibold underline" onClick={onRestore}>
        Restore them
      </button>{" "}
      or{" "}
      <button type="button" className="underline" onClick={onDiscard}>
        discard
      </button>
      .
    </div>
  );
}
