import { numberSections } from "@/lib/tldr";
import { AuthorCard } from "./AuthorCard";
import { CalloutSection } from "./CalloutSection";
import { IssueHeader } from "./IssueHeader";
import { NextEvent } from "./NextEvent";
import { RoundupSection } from "./RoundupSection";
import { StorySection } from "./StorySection";
import { Tldr } from "./Tldr";
import type { EventView, IssueView } from "@/model/issue-view";

/**
 * The complete reader layout of one issue. The reader page and the editor preview render this
 * same component, so a preview is exactly what readers will see.
 */
export function IssueArticle({ issue, nextEvent, footer }: { issue: IssueView; nextEvent: EventView | null; footer?: React.ReactNode }) {
  const numbered = numberSections(issue.sections);
  return (
    <article>
      <IssueHeader issue={issue} />
      <div className="mx-auto mt-10 grid max-w-6xl gap-10 px-4 sm:px-6 lg:mt-14 lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-14 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <aside className="lg:order-2">
          <div className="lg:sticky lg:top-24">
            <div aria-hidden="true" className="reading-progress" />
            <Tldr sections={issue.sections} />
          </div>
        </aside>
        <div className="max-w-measure min-w-0 space-y-12 lg:order-1">
          {numbered.map((s) =>
            s.number === null ? (
              <CalloutSection key={s.id} section={s} />
            ) : s.kind === "roundup" ? (
              <RoundupSection key={s.id} section={s} number={s.number} />
            ) : (
              <StorySection key={s.id} section={s} number={s.number} />
            ),
          )}
          <div className="space-y-6 border-t border-stone-200 pt-10 dark:border-stone-800">
            {issue.author ? <AuthorCard author={issue.author} /> : null}
            {nextEvent ? <NextEvent event={nextEvent} /> : null}
            {footer}
          </div>
        </div>
      </div>
    </article>
  );
}
