import { IssueCard } from "@/components/site/IssueCard";
import type { IssueCard as IssueCardData } from "@/db/queries/issues/reader";
import { formatMonth } from "@/lib/format";

/** Issue cards grouped under month headings, newest first. */
export function IssueGridByMonth({ issues }: { issues: IssueCardData[] }) {
  const groups: { month: string; issues: IssueCardData[] }[] = [];
  for (const issue of issues) {
    const month = formatMonth(issue.publishedAt);
    const last = groups.at(-1);
    if (last?.month === month) last.issues.push(issue);
    else groups.push({ month, issues: [issue] });
  }
  return (
    <div className="space-y-12">
      {groups.map((g) => (
        <section key={g.month} aria-label={g.month}>
          <h2 className="flex items-center gap-4 text-xs font-bold tracking-[0.18em] text-stone-500 uppercase dark:text-stone-400">
            {g.month}
            <span aria-hidden="true" className="h-px flex-1 bg-stone-200 dark:bg-stone-800" />
          </h2>
          <ul className="mt-5 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {g.issues.map((issue) => (
              <li key={issue.id} className="flex">
                <IssueCard issue={issue} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
