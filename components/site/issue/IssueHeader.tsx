"use client";
import { IntentLink as Link } from "@/components/ui/IntentLink";
import { CategoryChips } from "@/components/site/CategoryChips";
import type { ArticleHeader } from "@/model/issue-view";

/**
 * The issue's chips, title, byline, summary and cover. A client component without state, like the
 * sections: the page's payload carries the header's data (lib/issue-article.ts), not its markup.
 */
export function IssueHeader({ header }: { header: ArticleHeader }) {
  return (
    <header className="mx-auto max-w-6xl px-4 pt-10 sm:px-6 sm:pt-14">
      <div className="max-w-3xl">
        <CategoryChips categories={header.categories} />
        <h1 className="mt-5 font-serif text-4xl leading-[1.08] font-semibold tracking-tight text-balance sm:text-5xl lg:text-6xl">
          {header.title}
        </h1>
        <p className="mt-5 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
          {header.published ? <time dateTime={header.published.iso}>{header.published.label}</time> : <span>Not published yet</span>}
          <span aria-hidden="true">·</span>
          <span>{header.minutes} min read</span>
          {header.author ? (
            <>
              <span aria-hidden="true">·</span>
              <span>
                By{" "}
                <Link
                  href={`/authors/${header.author.slug}`}
                  className="font-medium text-stone-800 underline decoration-stone-300 underline-offset-2 hover:decoration-accent-600 dark:text-stone-200 dark:decoration-stone-600"
                >
                  {header.author.name}
                </Link>
              </span>
            </>
          ) : null}
        </p>
        {header.summary ? (
          <p className="mt-6 font-serif text-xl leading-relaxed text-stone-700 sm:text-2xl sm:leading-relaxed dark:text-stone-300">
            {header.summary}
          </p>
        ) : null}
      </div>
      {header.cover ? (
        // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- next/image's attributes, alt included (lib/issue-article.ts)
        <img
          {...header.cover}
          className="mt-10 aspect-[16/7] w-full rounded-2xl object-cover shadow-sm ring-1 ring-stone-900/5 dark:ring-white/10"
        />
      ) : null}
    </header>
  );
}
