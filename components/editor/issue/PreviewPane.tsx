"use client";
/**
 * The live reader preview: an iframe of /editor/issues/[id]/preview?live=1 (so the reader layout
 * responds to the pane's width, not the window's), fed the draft through postMessage as it
 * changes. The iframe renders it with the reader's own IssueArticle and Markdown renderer.
 */
import { useEffect, useRef, useState } from "react";
import type { IssueView } from "@/model/issue-view";

export const PREVIEW_MESSAGE = "dispatch:preview";

export function PreviewPane({ issueId, view, focusKey }: { issueId: number; view: IssueView; focusKey: string | null }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [width, setWidth] = useState<"desktop" | "phone">("desktop");
  const latest = useRef({ view, focusKey });

  useEffect(() => {
    latest.current = { view, focusKey };
    const handle = setTimeout(() => {
      frame.current?.contentWindow?.postMessage({ type: PREVIEW_MESSAGE, ...latest.current }, window.location.origin);
    }, 150);
    return () => clearTimeout(handle);
  }, [view, focusKey]);

  return (
    <div className="flex h-full flex-col">
      <div className="flex items-center gap-2 border-b border-stone-200 px-3 py-1.5 text-xs dark:border-stone-800">
        <span className="font-semibold">Live preview</span>
        <span className="text-stone-500 dark:text-stone-400">as readers will see it</span>
        <span
          className="ml-auto hidden gap-0.5 rounded-md bg-stone-200/70 p-0.5 sm:flex dark:bg-stone-800"
          role="group"
          aria-label="Preview width"
        >
          {(["desktop", "phone"] as const).map((w) => (
            <button
              key={w}
              type="button"
              aria-pressed={width === w}
              onClick={() => setWidth(w)}
              className={`rounded px-2 py-0.5 capitalize ${width === w ? "bg-white font-semibold shadow-xs dark:bg-stone-900" : "text-stone-600 dark:text-stone-400"}`}
            >
              {w}
            </button>
          ))}
        </span>
      </div>
      <div className="flex flex-1 justify-center overflow-hidden bg-stone-200/60 dark:bg-stone-900/60">
        <iframe
          ref={frame}
          title="Live preview"
          src={`/editor/issues/${issueId}/preview?live=1`}
          onLoad={() => frame.current?.contentWindow?.postMessage({ type: PREVIEW_MESSAGE, ...latest.current }, window.location.origin)}
          className={`h-full border-0 bg-paper dark:bg-stone-950 ${width === "phone" ? "my-3 w-[390px] rounded-xl shadow-lg ring-1 ring-stone-900/10" : "w-full"}`}
        />
      </div>
    </div>
  );
}
