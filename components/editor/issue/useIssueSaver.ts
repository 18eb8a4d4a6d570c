"use client";
/**
 * Never lose work: autosaves a few seconds after the last change (drafts and scheduled issues;
 * a published issue is saved on demand, so half-done edits never go live), keeps a local backup
 * until the server has the change, refuses to overwrite a newer version (the conflict is shown,
 * the text stays), and asks before leaving with unsaved changes.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { saveIssue, type SaveIssueResult } from "@/actions/issues";
import { draftSizeProblem } from "@/lib/limits";
import type { IssueDraft } from "@/model/issue-draft";

export const AUTOSAVE_DELAY_MS = 2_500;

export type Conflict = { by: string | null; at: string; version: number };

export type SaverState = {
  version: number;
  savedAt: string | null;
  dirty: boolean;
  saving: boolean;
  error: string | null;
  fieldErrors: Record<string, string>;
  conflict: Conflict | null;
};

export function backupKey(id: number) {
  return `dispatch:issue:${id}:unsaved`;
}

export function useIssueSaver(options: { id: number; initialVersion: number; initialSavedAt: string; autosave: boolean }) {
  const { id, autosave } = options;
  const [state, setState] = useState<SaverState>({
    version: options.initialVersion,
    savedAt: options.initialSavedAt,
    dirty: false,
    saving: false,
    error: null,
    fieldErrors: {},
    conflict: null,
  });
  const draftRef = useRef<IssueDraft | null>(null);
  const versionRef = useRef(options.initialVersion);
  const changeCounter = useRef(0);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const blocked = useRef(false);
  // The timer calls the latest save through this ref (save reschedules itself).
  const saveRef = useRef<() => Promise<SaveIssueResult | null>>(async () => null);

  const save = useCallback(async (): Promise<SaveIssueResult | null> => {
    const draft = draftRef.current;
    if (!draft || inFlight.current || blocked.current) return null;
    if (timer.current) clearTimeout(timer.current);
    inFlight.current = true;
    const sentAt = changeCounter.current;
    setState((s) => ({ ...s, saving: true }));
    let result: SaveIssueResult;
    // Over the limit, the server would refuse the body unread: say why here instead.
    const tooLong = draftSizeProblem(draft);
    try {
      result = tooLong ? { ok: false, error: tooLong, code: "too-large" } : await saveIssue({ id, version: versionRef.current, draft });
    } catch {
      result = { ok: false, error: "Could not reach the server. Your text is kept here; saving again shortly.", code: "network" };
    }
    inFlight.current = false;
    if (result.ok) {
      versionRef.current = result.version;
      const clean = changeCounter.current === sentAt;
      if (clean) localStorage.removeItem(backupKey(id));
      setState((s) => ({
        ...s,
        saving: false,
        version: result.version,
        savedAt: result.ok ? result.savedAt : s.savedAt,
        dirty: !clean,
        error: null,
        fieldErrors: {},
      }));
      if (!clean && autosave) timer.current = setTimeout(() => void saveRef.current(), AUTOSAVE_DELAY_MS);
    } else {
      if (result.code === "conflict" && result.conflict) blocked.current = true;
      setState((s) => ({
        ...s,
        saving: false,
        error: result.ok ? null : result.error,
        fieldErrors: (!result.ok && result.fieldErrors) || {},
        conflict: result.code === "conflict" && result.conflict ? result.conflict : s.conflict,
      }));
      if (result.code === "network" && autosave) timer.current = setTimeout(() => void saveRef.current(), AUTOSAVE_DELAY_MS * 2);
    }
    return result;
  }, [id, autosave]);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  /** Call on every edit with the whole new draft. */
  const changed = useCallback(
    (draft: IssueDraft) => {
      draftRef.current = draft;
      changeCounter.current += 1;
      try {
        localStorage.setItem(backupKey(id), JSON.stringify({ version: versionRef.current, at: new Date().toISOString(), draft }));
      } catch {
        // Storage full or disabled: the server save still runs.
      }
      setState((s) => (s.dirty ? s : { ...s, dirty: true }));
      if (timer.current) clearTimeout(timer.current);
      if (autosave && !blocked.current) timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [id, autosave, save],
  );

  /** After publish/unpublish or a restore, the server's version moves on. */
  const adopt = useCallback((version: number, savedAt?: string) => {
    versionRef.current = version;
    setState((s) => ({ ...s, version, savedAt: savedAt ?? s.savedAt }));
  }, []);

  useEffect(() => {
    if (!state.dirty && !state.saving) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [state.dirty, state.saving]);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  return { state, save, changed, adopt, versionRef };
}
