import Image from "@/components/ui/Image";
import type { IssueViewSection } from "@/model/issue-view";

/** A section's figure: full width, with caption and credit in small muted type beneath. */
export function SectionFigure({ section }: { section: IssueViewSection }) {
  if (!section.image || !section.imageWidth || !section.imageHeight) return null;
  return (
    <figure className="my-8">
      <Image
        src={section.image}
        alt={section.imageAlt}
        width={section.imageWidth}
        height={section.imageHeight}
        sizes="(min-width: 1024px) 720px, 100vw"
        className="w-full rounded-xl bg-stone-100 ring-1 ring-stone-900/5 dark:bg-stone-900 dark:ring-white/10"
      />
      {section.caption || section.credit ? (
        <figcaption className="mt-3 text-sm leading-snug text-stone-600 dark:text-stone-400">
          {section.caption ? <span>{section.caption}</span> : null}
          {section.credit ? (
            <span className="mt-1 block text-xs tracking-wide text-stone-600 dark:text-stone-400">{section.credit}</span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
