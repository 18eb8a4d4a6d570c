import { imageAttributes, preloadImage } from "@/components/ui/Image";
import { articleAuthor, articleEvent, articleHeader, articleSections, type ArticleRenderers } from "@/lib/issue-article";
import { renderMarkdown } from "@/lib/markdown";
import { deriveTldr } from "@/lib/tldr";
import { ArticleSections } from "./ArticleSections";
import { AuthorCard } from "./AuthorCard";
import { IssueHeader } from "./IssueHeader";
import { NextEvent } from "./NextEvent";
import { Tldr } from "./Tldr";
import type { EventView, IssueView } from "@/model/issue-view";

const RENDERERS: ArticleRenderers = { markdown: renderMarkdown, image: imageAttributes };

/**
 * The complete reader layout of one issue. The reader page and the editor preview render this
 * same component, so a preview is exactly what readers will see. Bodies the server rendered
 * already (off the main thread) are used as they are; the live preview renders the others here.
 */
export function IssueArticle({ issue, nextEvent, footer }: { issue: IssueView; nextEvent: EventView | null; footer?: React.ReactNode }) {
  const header = articleHeader(issue, RENDERERS);
  // The cover is on the first screen: fetched at high priority as soon as the head is read.
  if (header.cover) preloadImage(header.cover);
  return (
    <article>
      <IssueHeader header={header} />
      <div className="mx-auto mt-10 grid max-w-6xl gap-10 px-4 sm:px-6 lg:mt-14 lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-14 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <aside className="lg:order-2">
          <div className="lg:sticky lg:top-24">
            <div aria-hidden="true" className="reading-progress" />
            <Tldr entries={deriveTldr(issue.sections)} />
          </div>
        </aside>
        <div className="max-w-measure min-w-0 space-y-12 lg:order-1">
          <ArticleSections sections={articleSections(issue.sections, RENDERERS)} />
          <div className="space-y-6 border-t border-stone-200 pt-10 dark:border-stone-800">
            {issue.author ? <AuthorCard author={articleAuthor(issue.author, RENDERERS)} /> : null}
            {nextEvent ? <NextEvent event={articleEvent(nextEvent)} /> : null}
            {footer}
          </div>
        </div>
      </div>
    </article>
  );
}
