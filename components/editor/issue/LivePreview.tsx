"use client";
/** Inside the preview iframe: renders the draft the editor posts, with the reader's IssueArticle. */
import { useEffect, useState } from "react";
import { IssueArticle } from "@/components/site/issue/IssueArticle";
import type { EventView, IssueView } from "@/model/issue-view";
import { sectionAnchor, numberSections } from "@/lib/tldr";

const MESSAGE = "dispatch:preview";

export function LivePreview({ initial, nextEvent }: { initial: IssueView; nextEvent: EventView | null }) {
  const [view, setView] = useState(initial);
  useEffect(() => {
    let lastFocus: string | null = null;
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== window.parent) return;
      const data = event.data as { type?: string; view?: IssueView; focusKey?: string | null };
      if (data?.type !== MESSAGE || !data.view) return;
      setView(data.view);
      if (data.focusKey && data.focusKey !== lastFocus) {
        lastFocus = data.focusKey;
        const numbered = numberSections(data.view.sections);
        const target = numbered.find((s) => s.id === data.focusKey);
        const el = target?.number ? document.getElementById(sectionAnchor(target.number)) : null;
        el?.scrollIntoView({ block: "start", behavior: "smooth" });
      }
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, []);
  return <IssueArticle issue={view} nextEvent={nextEvent} />;
}
