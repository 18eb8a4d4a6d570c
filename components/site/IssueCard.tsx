import Image from "@/components/ui/Image";
import { IntentLink as Link } from "@/components/ui/IntentLink";
import { CategoryChips } from "@/components/site/CategoryChips";
import { DateAndReadingTime } from "@/components/site/DateAndReadingTime";
import type { IssueCard as IssueCardData } from "@/db/queries/issues/reader";

/** One issue in a grid: cover, chips, title, date, reading time and summary. */
export function IssueCard({ issue, headingLevel = 3 }: { issue: IssueCardData; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="group relative flex w-full flex-col overflow-hidden rounded-2xl border border-stone-200 bg-white/70 transition-shadow hover:shadow-lg hover:shadow-stone-900/5 dark:border-stone-800 dark:bg-stone-900/50">
      {issue.coverImage && issue.coverWidth && issue.coverHeight ? (
        <Image
          src={issue.coverImage}
          alt=""
          width={issue.coverWidth}
          height={issue.coverHeight}
          sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw"
          className="aspect-[16/9] w-full object-cover"
        />
      ) : null}
      <div className="flex flex-1 flex-col p-5">
        <Heading className="font-serif text-xl leading-snug font-semibold text-balance">
          <Link href={`/issues/${issue.slug}`} className="after:absolute after:inset-0 hover:text-accent-800 dark:hover:text-accent-200">
            {issue.title}
          </Link>
        </Heading>
        <p className="mt-1.5 text-xs text-stone-500 dark:text-stone-400">
          <DateAndReadingTime publishedAt={issue.publishedAt} words={issue.words} />
        </p>
        <p className="mt-3 line-clamp-3 text-sm leading-relaxed text-stone-700 dark:text-stone-300">{issue.summary}</p>
        <div className="relative z-10 mt-auto pt-4">
          <CategoryChips categories={issue.categories} label={`Categories of ${issue.title}`} />
        </div>
      </div>
    </article>
  );
}
