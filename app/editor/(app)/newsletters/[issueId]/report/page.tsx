import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/editor/PageHeader";
import { SendReportView } from "@/components/editor/newsletter/SendReportView";
import { getSendReportForEditor } from "@/db/queries/send-events";
import { pageUser } from "@/lib/auth-user";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { idSchema } from "@/model/common";

export const metadata: Metadata = { title: "Newsletter report" };

/** How one issue's send did. Editors and owners only; a send that never happened is a 404. */
export default async function SendReportPage({ params }: { params: Promise<{ issueId: string }> }) {
  await pageUser("editor");
  const id = idSchema.max(2_147_483_647).safeParse((await params).issueId);
  const report = id.success ? await getSendReportForEditor(id.data) : null;
  if (!report) notFound();
  return (
    <div className="mx-auto max-w-5xl space-y-5 px-4 py-6 sm:px-6">
      <PageHeader title="Newsletter report" description={report.title} />
      <p className="flex flex-wrap gap-x-4 text-sm">
        <Link href="/editor/newsletters" className="text-accent-800 hover:underline dark:text-accent-300">
          ← All newsletters
        </Link>
        <Link href={`/editor/newsletters/${report.issueId}`} className="text-accent-800 hover:underline dark:text-accent-300">
          Send page and progress
        </Link>
        {report.startedAt ? <span className="text-stone-600 dark:text-stone-400">Sent {formatDate(report.startedAt)}</span> : null}
      </p>
      <SendReportView report={report} opensTracked={env().TRACK_OPENS} />
    </div>
  );
}
