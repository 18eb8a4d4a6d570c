import Image from "@/components/ui/Image";
import { IntentLink as Link } from "@/components/ui/IntentLink";
import { CategoryChips } from "@/components/site/CategoryChips";
import { formatDate, readingMinutes } from "@/lib/format";
import type { IssueView } from "@/model/issue-view";

export function IssueHeader({ issue }: { issue: IssueView }) {
  return (
    <header className="mx-auto max-w-6xl px-4 pt-10 sm:px-6 sm:pt-14">
      <div className="max-w-3xl">
        <CategoryChips categories={issue.categories} />
        <h1 className="mt-5 font-serif text-4xl leading-[1.08] font-semibold tracking-tight text-balance sm:text-5xl lg:text-6xl">
          {issue.title}
        </h1>
        <p className="mt-5 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
          {issue.publishedAt ? (
            <time dateTime={issue.publishedAt.toISOString()}>{formatDate(issue.publishedAt)}</time>
          ) : (
            <span>Not published yet</span>
          )}
          <span aria-hidden="true">·</span>
          <span>{readingMinutes(issue.words)} min read</span>
          {issue.author ? (
            <>
              <span aria-hidden="true">·</span>
              <span>
                By{" "}
                <Link
                  href={`/authors/${issue.author.slug}`}
                  className="font-medium text-stone-800 underline decoration-stone-300 underline-offset-2 hover:decoration-accent-600 dark:text-stone-200 dark:decoration-stone-600"
                >
                  {issue.author.name}
                </Link>
              </span>
            </>
          ) : null}
        </p>
        {issue.summary ? (
          <p className="mt-6 font-serif text-xl leading-relaxed text-stone-700 sm:text-2xl sm:leading-relaxed dark:text-stone-300">
            {issue.summary}
          </p>
        ) : null}
      </div>
      {issue.coverImage && issue.coverWidth && issue.coverHeight ? (
        <Image
          src={issue.coverImage}
          alt={issue.coverAlt}
          width={issue.coverWidth}
          height={issue.coverHeight}
          priority
          sizes="(min-width: 1152px) 1104px, 100vw"
          className="mt-10 aspect-[16/7] w-full rounded-2xl object-cover shadow-sm ring-1 ring-stone-900/5 dark:ring-white/10"
        />
      ) : null}
    </header>
  );
}
