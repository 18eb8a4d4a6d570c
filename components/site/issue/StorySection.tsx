import { Markdown } from "@/components/site/Markdown";
import { sectionAnchor } from "@/lib/tldr";
import { SectionFigure } from "./SectionFigure";
import { SectionTitle } from "./SectionTitle";
import type { IssueViewSection } from "@/model/issue-view";

export function StorySection({ section, number }: { section: IssueViewSection; number: number }) {
  return (
    <section id={sectionAnchor(number)} aria-label={`${number}. ${section.title}`} className="story-section">
      <SectionTitle number={number} title={section.title} sourceUrl={section.sourceUrl} />
      <SectionFigure section={section} />
      <Markdown source={section.body} html={section.html} className="mt-5 text-[1.075rem]" />
    </section>
  );
}
