import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/editor/PageHeader";
import { listIssuesWithSendsForEditor } from "@/db/queries/sends";
import { pageUser } from "@/lib/auth-user";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Newsletters" };

export default async function NewslettersPage() {
  await pageUser("editor");
  const rows = await listIssuesWithSendsForEditor();
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6">
      <PageHeader title="Newsletters" description="Send a published issue by email, once. Progress and final counts of every send." />
      <ul className="panel mt-5 divide-y divide-stone-200 dark:divide-stone-800">
        {rows.map((r) => (
          <li key={r.issueId} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="min-w-0">
              <Link href={`/editor/newsletters/${r.issueId}`} className="font-medium hover:underline">
                {r.title}
              </Link>
              <p className="text-xs text-stone-600 dark:text-stone-400">
                {r.publishedAt ? `Published ${formatDate(r.publishedAt)}` : null}
              </p>
            </div>
            <span className="flex items-center gap-3 text-sm text-stone-700 tabular-nums dark:text-stone-300">
              {r.sendStatus
                ? `${r.sendStatus === "done" ? "Sent" : "Sending"} · ${r.sent}/${r.total}${r.failed ? ` · ${r.failed} failed` : ""}`
                : "Not sent"}
              {r.sendStatus ? (
                <Link
                  href={`/editor/newsletters/${r.issueId}/report`}
                  className="font-medium text-accent-800 hover:underline dark:text-accent-300"
                  aria-label={`Report: ${r.title}`}
                >
                  Report
                </Link>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
