import type { ArticleFigure } from "@/model/issue-view";

/**
 * A section's figure: full width, with caption and credit in small muted type beneath. The <img>
 * attributes come computed (lib/issue-article.ts), so the image optimizer's code stays off the
 * reader's scripts.
 */
export function SectionFigure({ figure }: { figure: ArticleFigure }) {
  return (
    <figure className="my-8">
      {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt is in the attributes */}
      <img {...figure.img} className="w-full rounded-xl bg-stone-100 ring-1 ring-stone-900/5 dark:bg-stone-900 dark:ring-white/10" />
      {figure.caption || figure.credit ? (
        <figcaption className="mt-3 text-sm leading-snug text-stone-600 dark:text-stone-400">
          {figure.caption ? <span>{figure.caption}</span> : null}
          {figure.credit ? (
            <span className="mt-1 block text-xs tracking-wide text-stone-600 dark:text-stone-400">{figure.credit}</span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
