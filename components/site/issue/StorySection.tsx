import { sectionAnchor } from "@/lib/tldr";
import { Prose } from "./Prose";
import { SectionFigure } from "./SectionFigure";
import { SectionTitle } from "./SectionTitle";
import type { ArticleSection } from "@/model/issue-view";

export function StorySection({ section, number }: { section: ArticleSection; number: number }) {
  return (
    <section id={sectionAnchor(number)} aria-label={`${number}. ${section.title}`} className="story-section">
      <SectionTitle number={number} title={section.title} sourceUrl={section.sourceUrl} />
      {section.figure ? <SectionFigure figure={section.figure} /> : null}
      <Prose html={section.html} className="mt-5 text-[1.075rem]" />
    </section>
  );
}
