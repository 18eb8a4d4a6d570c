import { ExternalIcon, externalLinkProps } from "./ExternalIcon";

/** A numbered section heading; the title links to the longer source article when there is one. */
export function SectionTitle({ number, title, sourceUrl }: { number: number; title: string; sourceUrl: string | null }) {
  return (
    <div className="flex items-start gap-4 sm:gap-5">
      <span aria-hidden="true" className="-mt-1 font-serif text-5xl leading-none font-semibold text-accent-700 tabular-nums sm:text-6xl dark:text-accent-300">
        {number}
      </span>
      <h2 className="font-serif text-2xl leading-tight font-semibold tracking-tight text-balance sm:text-[1.75rem]">
        <span className="sr-only">{number}. </span>
        {sourceUrl ? (
          <a
            href={sourceUrl}
            {...externalLinkProps}
            className="decoration-accent-300 decoration-2 underline-offset-4 hover:text-accent-800 hover:underline dark:decoration-accent-700 dark:hover:text-accent-200"
          >
            {title}
            <ExternalIcon className="ml-1.5 inline size-4 align-baseline text-stone-400" />
            <span className="sr-only"> (source, opens in a new tab)</span>
          </a>
        ) : (
          title
        )}
      </h2>
    </div>
  );
}
