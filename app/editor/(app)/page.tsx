import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/editor/LocalTime";
import { PageHeader } from "@/components/editor/PageHeader";
import { countSubscribersForEditor, listScheduledForEditor } from "@/db/queries/dashboard";
import { countIssuesByStatusForEditor } from "@/db/queries/issues/editor";
import { listRecentActivityForEditor } from "@/db/queries/issues/revisions";
import { pageUser } from "@/lib/auth-user";
import { hasRole } from "@/model/role";
import { buttonClass } from "@/components/editor/ui";

export const metadata: Metadata = { title: "Dashboard" };

const actionWords: Record<string, string> = {
  create: "created",
  save: "saved",
  restore: "restored an earlier version of",
  publish: "published",
  schedule: "scheduled",
  unpublish: "unpublished",
  "scheduled-publish": "published (scheduled)",
};

/** "6 times" for a run of autosaves shown as one entry ("2,000+ times" when it runs past what was read). */
function timesWord(a: { count: number; countIsAtLeast: boolean }): string {
  return `${a.count.toLocaleString("en")}${a.countIsAtLeast ? "+" : ""} times`;
}

export default async function DashboardPage() {
  const user = await pageUser();
  const seesAll = hasRole(user.role, "editor");
  const own = seesAll ? undefined : user.id;
  const [counts, activity, scheduled, subscribers] = await Promise.all([
    countIssuesByStatusForEditor(own),
    listRecentActivityForEditor(12, own),
    seesAll ? listScheduledForEditor() : Promise.resolve([]),
    seesAll ? countSubscribersForEditor() : Promise.resolve(null),
  ]);
  const stats = [
    { label: "Drafts", value: counts.draft, href: "/editor/issues?status=draft" },
    { label: "Scheduled", value: counts.scheduled, href: "/editor/issues?status=scheduled" },
    { label: "Published", value: counts.published, href: "/editor/issues?status=published" },
    ...(subscribers ? [{ label: "Subscribers", value: subscribers.confirmed, href: null, note: `${subscribers.pending} pending` }] : []),
  ];
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6">
      <PageHeader
        title={`Hello, ${user.name.split(" ")[0]}`}
        description={seesAll ? "Everything in this Dispatch at a glance." : "Your drafts at a glance."}
      >
        <Link href="/editor/issues/new" className={buttonClass.primary}>
          New issue
        </Link>
      </PageHeader>
      <dl className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {stats.map((s) => (
          <div key={s.label} className="panel p-4">
            <dt className="text-xs font-semibold tracking-wide text-stone-500 uppercase dark:text-stone-400">{s.label}</dt>
            <dd className="mt-1 font-serif text-3xl font-semibold tabular-nums">
              {s.href ? (
                <Link href={s.href} className="hover:text-accent-700 dark:hover:text-accent-300">
                  {s.value}
                </Link>
              ) : (
                s.value
              )}
            </dd>
            {"note" in s && s.note ? <dd className="text-xs text-stone-500 dark:text-stone-400">{s.note}</dd> : null}
          </div>
        ))}
      </dl>
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <section aria-labelledby="activity-heading">
          <h2 id="activity-heading" className="text-sm font-semibold">
            Recent activity
          </h2>
          {activity.length === 0 ? (
            <p className="mt-3 text-sm text-stone-500 dark:text-stone-400">Nothing yet. Start with a new issue.</p>
          ) : (
            <ul className="panel mt-3 divide-y divide-stone-200 text-sm dark:divide-stone-800">
              {activity.map((a) => (
                <li key={a.id} className="flex flex-wrap items-baseline gap-x-2 px-4 py-2.5">
                  <span className="font-medium">{a.editorName ?? "The scheduler"}</span>
                  <span className="text-stone-600 dark:text-stone-400">{actionWords[a.action] ?? a.action}</span>
                  <Link
                    href={`/editor/issues/${a.issueId}`}
                    className="min-w-0 truncate font-medium text-accent-800 hover:underline dark:text-accent-300"
                  >
                    {a.issueTitle || "Untitled"}
                  </Link>
                  {a.count > 1 ? <span className="text-stone-600 dark:text-stone-400">{timesWord(a)}</span> : null}
                  <span className="ml-auto text-xs text-stone-600 dark:text-stone-400">
                    {a.count > 1 ? "last at " : null}
                    <LocalTime iso={a.createdAt.toISOString()} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        {seesAll ? (
          <section aria-labelledby="scheduled-heading">
            <h2 id="scheduled-heading" className="text-sm font-semibold">
              Coming up
            </h2>
            {scheduled.length === 0 ? (
              <p className="mt-3 text-sm text-stone-500 dark:text-stone-400">Nothing scheduled.</p>
            ) : (
              <ul className="mt-3 space-y-2 text-sm">
                {scheduled.map((s) => (
                  <li key={s.id} className="panel px-3 py-2">
                    <Link href={`/editor/issues/${s.id}`} className="font-medium hover:underline">
                      {s.title || "Untitled"}
                    </Link>
                    {s.scheduledFor ? (
                      <LocalTime iso={s.scheduledFor.toISOString()} className="block text-xs text-stone-500 dark:text-stone-400" />
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : null}
      </div>
    </div>
  );
}
