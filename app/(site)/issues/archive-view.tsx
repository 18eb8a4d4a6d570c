import { notFound } from "next/navigation";
import { FilterChips } from "@/components/site/FilterChips";
import { IssueListByMonth } from "@/components/site/IssueList";
import { PageIntro } from "@/components/site/PageIntro";
import { Pagination } from "@/components/site/Pagination";
import { getArchivePage, getCategories } from "@/lib/reader/data";

/** The archive: one page of issues (lib/reader/pages.ts), grouped by month, with the category filter chips. */
export async function ArchiveView({ page }: { page: number }) {
  const [{ issues, total, pages }, categories] = await Promise.all([getArchivePage(page), getCategories()]);
  if (page > pages) notFound();
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <PageIntro eyebrow="Archive" title="All issues">
        <p>
          {total} {total === 1 ? "issue" : "issues"} so far{pages > 1 ? ` · page ${page} of ${pages}` : ""}. Pick categories to narrow the
          list.
        </p>
      </PageIntro>
      <FilterChips categories={categories} />
      <div className="mt-10">
        {issues.length > 0 ? (
          <IssueListByMonth issues={issues} />
        ) : (
          <p className="text-stone-600 dark:text-stone-400">No issues published yet.</p>
        )}
      </div>
      <Pagination base="/issues" page={page} pages={pages} />
    </div>
  );
}
