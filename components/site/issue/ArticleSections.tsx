"use client";
/**
 * The issue's sections, in order. A client component without state, on purpose: the App Router
 * sends the rendered tree of a Server Component to the browser a second time, in the page's React
 * payload (every element, class list and attribute: 43 KB of a demo issue's 120 KB), while a
 * client component's payload is its props. So the page carries the sections' text and links
 * once as props, and their markup comes from this code, which the browser caches once for every
 * issue. It still renders on the server: the HTML is whole without JavaScript.
 */
import { CalloutSection } from "./CalloutSection";
import { RoundupSection } from "./RoundupSection";
import { StorySection } from "./StorySection";
import type { ArticleSection } from "@/model/issue-view";

export function ArticleSections({ sections }: { sections: ArticleSection[] }) {
  return sections.map((s) =>
    s.number === null ? (
      <CalloutSection key={s.id} section={s} />
    ) : s.kind === "roundup" ? (
      <RoundupSection key={s.id} section={s} number={s.number} />
    ) : (
      <StorySection key={s.id} section={s} number={s.number} />
    ),
  );
}
