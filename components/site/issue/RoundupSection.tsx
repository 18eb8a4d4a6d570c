import { sectionAnchor } from "@/lib/tldr";
import { NewTabLink } from "@/components/ui/NewTabLink";
import { Prose } from "./Prose";
import { SectionTitle, SOURCE_NOTE } from "./SectionTitle";
import type { ArticleSection } from "@/model/issue-view";

/** A roundup: a numbered section whose body is a list of short items, each with its own link. */
export function RoundupSection({ section, number }: { section: ArticleSection; number: number }) {
  return (
    <section id={sectionAnchor(number)} aria-label={`${number}. ${section.title}`} className="story-section">
      <SectionTitle number={number} title={section.title} sourceUrl={section.sourceUrl} />
      <Prose html={section.html} className="mt-5 text-[1.075rem]" />
      <ol className="mt-6 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white/60 dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900/40">
        {section.items.map((item, i) => (
          <li key={item.id} className="roundup-item">
            <span aria-hidden="true" className="roundup-badge">
              {i + 1}
            </span>
            <div className="min-w-0">
              <h3 className="roundup-title">
                {item.sourceUrl ? (
                  <NewTabLink href={item.sourceUrl} className="roundup-link" note={SOURCE_NOTE}>
                    {item.title}
                  </NewTabLink>
                ) : (
                  item.title
                )}
              </h3>
              <Prose html={item.html} className="roundup-body" />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
