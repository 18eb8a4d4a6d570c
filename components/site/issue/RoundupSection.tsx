import { Markdown } from "@/components/site/Markdown";
import { safeHttpUrl } from "@/model/url";
import { sectionAnchor } from "@/lib/tldr";
import { ExternalIcon, externalLinkProps } from "./ExternalIcon";
import { SectionTitle } from "./SectionTitle";
import type { IssueViewSection } from "@/model/issue-view";

/** A roundup: a numbered section whose body is a list of short items, each with its own link. */
export function RoundupSection({ section, number }: { section: IssueViewSection; number: number }) {
  return (
    <section id={sectionAnchor(number)} aria-label={`${number}. ${section.title}`} className="story-section">
      <SectionTitle number={number} title={section.title} sourceUrl={section.sourceUrl} />
      <Markdown source={section.body} html={section.html} className="mt-5 text-[1.075rem]" />
      <ol className="mt-6 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white/60 dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900/40">
        {section.items.map((item, i) => (
          <li key={item.id} className="roundup-item">
            <span aria-hidden="true" className="roundup-badge">
              {i + 1}
            </span>
            <div className="min-w-0">
              <h3 className="roundup-title">
                {safeHttpUrl(item.sourceUrl) ? (
                  <a href={safeHttpUrl(item.sourceUrl)!} {...externalLinkProps} className="link-hover">
                    {item.title}
                    <ExternalIcon className="ml-1 size-3.5" />
                    <span className="sr-only"> (source, opens in a new tab)</span>
                  </a>
                ) : (
                  item.title
                )}
              </h3>
              <Markdown source={item.body} html={item.html} className="roundup-body" />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
