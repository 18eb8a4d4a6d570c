"use client";
/**
 * The issue editor: labelled fields on the left, the live reader preview on the right, status
 * and "Saved at …" always visible. Saving is automatic for drafts (see useIssueSaver).
 */
import Link from "next/link";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { EventView } from "@/model/issue-view";
import { draftToView, type AuthorOption, type CategoryOption } from "@/lib/editor/draft-view";
import type { IssueDraft } from "@/model/issue-draft";
import { StatusBadge } from "@/components/editor/StatusBadge";
import { buttonClass } from "@/components/editor/ui";
import { ConflictBanner, RecoveredBanner, SaveStatus } from "./SaveStatus";
import { MetaFields } from "./MetaFields";
import { PreviewPane } from "./PreviewPane";
import { PublishPanel, type PublishState } from "./PublishPanel";
import { RevisionsDialog } from "./RevisionsDialog";
import { SectionsEditor } from "./SectionsEditor";
import { backupKey, useIssueSaver } from "./useIssueSaver";

export type IssueEditorProps = {
  id: number;
  initialDraft: IssueDraft;
  version: number;
  updatedAt: string;
  publish: PublishState;
  canPublish: boolean;
  categories: CategoryOption[];
  authors: AuthorOption[];
  nextEvent: EventView | null;
};

export function IssueEditor(props: IssueEditorProps) {
  const { id, categories, authors } = props;
  const [draft, setDraft] = useState(props.initialDraft);
  const [publish, setPublish] = useState(props.publish);
  const [tab, setTab] = useState<"edit" | "preview">("edit");
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [recovered, setRecovered] = useState<{ draft: IssueDraft; at: string } | null>(null);
  const autosave = publish.status !== "published";
  const saver = useIssueSaver({ id, initialVersion: props.version, initialSavedAt: props.updatedAt, autosave });
  const { state, changed, save, adopt } = saver;

  const update = useCallback(
    (next: IssueDraft) => {
      setDraft(next);
      changed(next);
    },
    [changed],
  );
  const patch = (p: Partial<IssueDraft>) => update({ ...draft, ...p });

  // A backup left by a tab that closed before its save reached the server.
  useEffect(() => {
    try {
      const raw = localStorage.getItem(backupKey(id));
      if (!raw) return;
      const backup = JSON.parse(raw) as { version: number; at: string; draft: IssueDraft };
      if (backup.version === props.version && JSON.stringify(backup.draft) !== JSON.stringify(props.initialDraft)) {
        // eslint-disable-next-line react-hooks/set-state-in-effect -- reading browser storage after mount
        setRecovered({ draft: backup.draft, at: backup.at });
      } else {
        localStorage.removeItem(backupKey(id));
      }
    } catch {
      // Unreadable backup: ignore.
    }
  }, [id, props.version, props.initialDraft]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [save]);

  const flush = useCallback(async (): Promise<number | null> => {
    if (state.conflict) return null;
    if (!state.dirty) return saver.versionRef.current;
    const result = await save();
    return result?.ok ? result.version : null;
  }, [state.conflict, state.dirty, save, saver.versionRef]);

  const view = useMemo(
    () => draftToView(draft, { categories, authors, publishedAt: publish.publishedAt ? new Date(publish.publishedAt) : null }),
    [draft, categories, authors, publish.publishedAt],
  );

  return (
    <div className="flex min-h-[calc(100dvh-3rem)] flex-col">
      <div className="sticky top-12 z-30 flex flex-wrap items-center gap-x-3 gap-y-1.5 border-b border-stone-200 bg-stone-50/95 px-3 py-2 backdrop-blur sm:px-4 dark:border-stone-800 dark:bg-stone-950/95">
        <Link
          href="/editor/issues"
          className="text-xs font-medium text-stone-500 hover:text-stone-900 dark:text-stone-400 dark:hover:text-white"
        >
          ← Issues
        </Link>
        <h1 className="max-w-[40ch] min-w-0 truncate font-serif text-lg font-semibold">{draft.title || "Untitled issue"}</h1>
        <StatusBadge status={publish.status} />
        <SaveStatus state={state} autosave={autosave} />
        <div className="ml-auto flex items-center gap-2">
          <button
            type="button"
            className={buttonClass.secondary}
            onClick={() => void save()}
            disabled={state.saving || !!state.conflict || !state.dirty}
          >
            {publish.status === "published" ? "Update live issue" : "Save now"}
          </button>
          <RevisionsDialog
            issueId={id}
            currentVersion={state.version}
            flush={flush}
            onRestored={(restored, version, savedAt) => {
              setDraft(restored);
              adopt(version, savedAt);
            }}
          />
          <a href={`/editor/issues/${id}/preview`} target="_blank" rel="noopener" className={buttonClass.secondary}>
            Preview ↗
          </a>
        </div>
      </div>
      {state.conflict ? <ConflictBanner conflict={state.conflict} draft={draft} /> : null}
      {recovered ? (
        <RecoveredBanner
          at={recovered.at}
          onRestore={() => {
            update(recovered.draft);
            setRecovered(null);
          }}
          onDiscard={() => {
            localStorage.removeItem(backupKey(id));
            setRecovered(null);
          }}
        />
      ) : null}
      <div
        className="flex gap-1 border-b border-stone-200 px-3 py-1.5 lg:hidden dark:border-stone-800"
        role="tablist"
        aria-label="Editor view"
      >
        {(["edit", "preview"] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            aria-selected={tab === t}
            onClick={() => setTab(t)}
            className={`rounded-md px-3 py-1 text-sm font-medium capitalize ${tab === t ? "bg-stone-900 text-white dark:bg-stone-100 dark:text-stone-900" : "text-stone-600 dark:text-stone-400"}`}
          >
            {t}
          </button>
        ))}
      </div>
      <div className="grid flex-1 grid-cols-1 lg:grid-cols-[minmax(26rem,5fr)_minmax(0,6fr)]">
        <div className={`min-w-0 space-y-4 p-3 sm:p-4 ${tab === "edit" ? "" : "hidden lg:block"}`}>
          <PublishPanel
            id={id}
            {...publish}
            canPublish={props.canPublish}
            flush={flush}
            onDone={(r) => {
              setPublish({ status: r.status, publishedAt: r.publishedAt, scheduledFor: r.scheduledFor });
              adopt(r.version);
            }}
            onConflict={() => void save()}
          />
          <MetaFields draft={draft} patch={patch} errors={state.fieldErrors} categories={categories} authors={authors} />
          <SectionsEditor
            sections={draft.sections}
            onChange={(sections) => patch({ sections })}
            errors={state.fieldErrors}
            onFocusSection={setFocusKey}
          />
        </div>
        <div
          className={`min-w-0 border-stone-200 lg:sticky lg:top-[6.25rem] lg:block lg:h-[calc(100dvh-6.25rem)] lg:border-l dark:border-stone-800 ${tab === "preview" ? "h-[calc(100dvh-8rem)]" : "hidden"}`}
        >
          <PreviewPane issueId={id} view={view} focusKey={focusKey} />
        </div>
      </div>
    </div>
  );
}
