import Image from "@/components/ui/Image";
import { IntentLink as Link } from "@/components/ui/IntentLink";
import { CategoryChips } from "@/components/site/CategoryChips";
import { DateAndReadingTime } from "@/components/site/DateAndReadingTime";
import type { IssueCard as IssueCardData } from "@/db/queries/issues/reader";
import { editionMonthOf, formatEditionMonth } from "@/model/edition-month";

/**
 * One issue as a row of a list: a small cover (when there is one) beside title, date, summary
 * and chips. A monthly newsletter has one issue a month, so a grid of cards left most of each
 * month's row empty; a row without a cover is simply shorter, never a tall blank box.
 */
function IssueRow({ issue, eager }: { issue: IssueCardData; eager: boolean }) {
  const cover = issue.coverImage && issue.coverWidth && issue.coverHeight;
  return (
    <article className={`issue-row ${cover ? "issue-row-cover" : ""}`}>
      {cover ? (
        <Image
          src={issue.coverImage!}
          alt=""
          width={issue.coverWidth!}
          height={issue.coverHeight!}
          priority={eager}
          sizes="(min-width: 640px) 12rem, 6rem"
          className="issue-row-img"
        />
      ) : null}
      <div className="min-w-0">
        <h3 className="font-serif text-xl leading-snug font-semibold text-balance sm:text-2xl">
          <Link href={`/issues/${issue.slug}`} className="link-hover after:absolute after:inset-0">
            {issue.title}
          </Link>
        </h3>
        <p className="issue-meta">
          <DateAndReadingTime publishedAt={issue.publishedAt} words={issue.words} />
        </p>
        <p className="issue-summary">{issue.summary}</p>
        <div className="relative z-10 mt-3">
          <CategoryChips categories={issue.categories} label={`Categories of ${issue.title}`} />
        </div>
      </div>
    </article>
  );
}

/**
 * Issues grouped under the month each edition covers (model/edition-month.ts), newest month
 * first. The list comes in publication order, which can differ (an edition out late), so the
 * groups of one page are sorted by month; within a month the publication order stays.
 */
export function IssueListByMonth({ issues }: { issues: IssueCardData[] }) {
  const byMonth = new Map<string, IssueCardData[]>();
  for (const issue of issues) {
    const month = editionMonthOf(issue);
    byMonth.set(month, [...(byMonth.get(month) ?? []), issue]);
  }
  const groups = [...byMonth].sort(([a], [b]) => b.localeCompare(a)).map(([month, list]) => ({ month, issues: list }));
  return (
    <div className="max-w-4xl space-y-10">
      {groups.map((g, i) => {
        const label = formatEditionMonth(g.month);
        return (
          <section key={g.month} aria-label={label}>
            <h2 className="month-heading">
              {label}
              <span aria-hidden="true" className="h-px flex-1 bg-stone-200 dark:bg-stone-800" />
            </h2>
            <ul className="divide-y divide-stone-200 dark:divide-stone-800">
              {g.issues.map((issue, j) => (
                <li key={issue.id}>
                  <IssueRow issue={issue} eager={i === 0 && j === 0} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
