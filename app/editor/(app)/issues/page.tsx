import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { LocalTime } from "@/components/editor/LocalTime";
import { PageHeader } from "@/components/editor/PageHeader";
import { StatusBadge } from "@/components/editor/StatusBadge";
import { TableHead } from "@/components/editor/TableHead";
import { buttonClass, inputClass } from "@/components/editor/ui";
import { countIssuesForEditor, listIssuesForEditor } from "@/db/queries/issues/editor";
import { pageUser } from "@/lib/auth-user";
import { hasRole } from "@/model/role";
import { issueStatuses } from "@/model/issue";

export const metadata: Metadata = { title: "Issues" };

const querySchema = z.object({
  status: z.enum(issueStatuses).optional().catch(undefined),
  q: z.string().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** Issues a page of the editor's list. */
const PAGE_SIZE = 50;

const tabs = [
  { label: "All", status: undefined },
  { label: "Drafts", status: "draft" },
  { label: "Scheduled", status: "scheduled" },
  { label: "Published", status: "published" },
] as const;

const columns = [
  { label: "Title", className: "px-4 py-2 font-semibold" },
  { label: "Status", className: "px-3 py-2 font-semibold" },
  { label: "Sections", className: "hidden px-3 py-2 font-semibold sm:table-cell" },
  { label: "Last change", className: "hidden px-3 py-2 font-semibold md:table-cell" },
];

export default async function IssuesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await pageUser();
  const raw = await searchParams;
  const { status, q, page } = querySchema.parse({
    status: raw.status,
    q: typeof raw.q === "string" ? raw.q : undefined,
    page: raw.page ?? 1,
  });
  const filter = { status, q, createdBy: hasRole(user.role, "editor") ? undefined : user.id };
  const [issues, total] = await Promise.all([
    listIssuesForEditor({ ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    countIssuesForEditor(filter),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const href = (s?: string, n = 1) => {
    const params = new URLSearchParams();
    if (s) params.set("status", s);
    if (q) params.set("q", q);
    if (n > 1) params.set("page", String(n));
    const qs = params.toString();
    return `/editor/issues${qs ? `?${qs}` : ""}`;
  };
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6">
      <PageHeader
        title="Issues"
        description={hasRole(user.role, "editor") ? "Every edition, newest change first." : "Your drafts, newest change first."}
      >
        {hasRole(user.role, "editor") ? (
          <Link href="/editor/issues/import" className={buttonClass.secondary}>
            Import archive
          </Link>
        ) : null}
        <Link href="/editor/issues/new" className={buttonClass.primary}>
          New issue
        </Link>
      </PageHeader>
      <div className="mt-5 flex flex-wrap items-center gap-3">
        <nav aria-label="Filter by status" className="flex gap-1 rounded-lg bg-stone-200/60 p-1 text-sm dark:bg-stone-800/60">
          {tabs.map((t) => (
            <Link
              key={t.label}
              href={href(t.status)}
              aria-current={status === t.status ? "page" : undefined}
              className={`rounded-md px-2.5 py-1 font-medium ${status === t.status ? "bg-white shadow-xs dark:bg-stone-900" : "text-stone-600 hover:text-stone-900 dark:text-stone-400 dark:hover:text-white"}`}
            >
              {t.label}
            </Link>
          ))}
        </nav>
        <form role="search" className="ml-auto flex w-full gap-2 sm:w-auto">
          {status ? <input type="hidden" name="status" value={status} /> : null}
          <label htmlFor="issue-search" className="sr-only">
            Search issues
          </label>
          <input
            id="issue-search"
            name="q"
            type="search"
            defaultValue={q}
            placeholder="Search title, slug, summary"
            className={`${inputClass} sm:w-64`}
          />
          <button className={buttonClass.secondary}>Search</button>
        </form>
      </div>
      {issues.length === 0 ? (
        <p className="mt-10 text-center text-sm text-stone-500 dark:text-stone-400">
          {q ? `No issues match “${q}”.` : page > 1 ? `There is no page ${page}.` : "No issues here yet."}
        </p>
      ) : (
        <div className="panel mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <TableHead
              className="border-b border-stone-200 text-xs text-stone-500 dark:border-stone-800 dark:text-stone-400"
              columns={columns}
            />
            <tbody className="divide-y divide-stone-100 dark:divide-stone-800">
              {issues.map((i) => (
                <tr key={i.id} className="hover:bg-stone-50 dark:hover:bg-stone-800/50">
                  <td className="px-4 py-2.5 sm:w-1/2 sm:max-w-0">
                    <Link
                      href={`/editor/issues/${i.id}`}
                      className="block font-medium hover:text-accent-800 sm:truncate dark:hover:text-accent-300"
                    >
                      {i.title || "Untitled"}
                    </Link>
                    <span className="block truncate text-xs text-stone-500 max-sm:hidden dark:text-stone-400">/{i.slug}</span>
                  </td>
                  <td className="px-3 py-2.5 whitespace-nowrap">
                    <StatusBadge status={i.status} />
                    {i.status === "scheduled" && i.scheduledFor ? (
                      <LocalTime iso={i.scheduledFor.toISOString()} className="block text-xs text-stone-500 dark:text-stone-400" />
                    ) : null}
                    {i.status === "published" && i.publishedAt ? (
                      <LocalTime
                        iso={i.publishedAt.toISOString()}
                        style="date"
                        className="block text-xs text-stone-500 dark:text-stone-400"
                      />
                    ) : null}
                  </td>
                  <td className="hidden px-3 py-2.5 tabular-nums sm:table-cell">{i.sectionCount}</td>
                  <td className="hidden px-3 py-2.5 text-xs text-stone-600 md:table-cell dark:text-stone-400">
                    <LocalTime iso={i.updatedAt.toISOString()} />
                    {i.updatedByName ? <span className="block">by {i.updatedByName}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total > 0 ? (
        <nav
          aria-label="Pages of issues"
          className="mt-4 flex items-center justify-between gap-3 text-sm text-stone-600 dark:text-stone-400"
        >
          <span>
            {(page - 1) * PAGE_SIZE + 1}–{Math.min(page * PAGE_SIZE, total)} of {total.toLocaleString("en-US")}
          </span>
          <span className="flex gap-2">
            {page > 1 ? (
              <Link href={href(status, page - 1)} rel="prev" className={buttonClass.secondary}>
                Newer
              </Link>
            ) : null}
            {page < pages ? (
              <Link href={href(status, page + 1)} rel="next" className={buttonClass.secondary}>
                Older
              </Link>
            ) : null}
          </span>
        </nav>
      ) : null}
    </div>
  );
}
