import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/editor/PageHeader";
import { SendProgress } from "@/components/editor/newsletter/SendProgress";
import { StartSendForm, TestSendForm } from "@/components/editor/newsletter/SendForms";
import { getPublishedIssueBySlug } from "@/db/queries/issues/reader";
import { countRecipientsForEditor, getSendableIssueForEditor, getSendProgressForEditor } from "@/db/queries/sends";
import { pageUser } from "@/lib/auth-user";
import { personalise, renderIssueMail } from "@/lib/email/templates";
import { mailConfigured } from "@/lib/email/transport";
import { absoluteUrl } from "@/lib/env";
import { PREVIEW_SANDBOX, withLinksInNewTab } from "@/lib/email/preview-frame";
import { idSchema } from "@/model/common";

export const metadata: Metadata = { title: "Send by email" };

export default async function SendIssuePage({ params }: { params: Promise<{ issueId: string }> }) {
  const user = await pageUser("editor");
  const id = idSchema.safeParse((await params).issueId);
  const issue = id.success ? await getSendableIssueForEditor(id.data) : null;
  const full = issue ? await getPublishedIssueBySlug(issue.slug) : null;
  if (!issue || !full) notFound();
  const [progress, all, interested, mail] = await Promise.all([
    getSendProgressForEditor(issue.id),
    countRecipientsForEditor([]),
    countRecipientsForEditor(issue.categorySlugs),
    renderIssueMail(full),
  ]);
  const preview = personalise(mail, absoluteUrl("/newsletter"));
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6 px-4 py-6 sm:px-6 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
      <div className="space-y-6">
        <PageHeader title="Send by email" description={issue.title} />
        <p className="text-sm">
          <Link href="/editor/newsletters" className="text-accent-800 hover:underline dark:text-accent-300">
            ← All newsletters
          </Link>
        </p>
        {!mailConfigured() ? (
          <p className="rounded-md bg-amber-100 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
            No SMTP_URL is set: mail goes to the{" "}
            <Link href="/editor/outbox" className="underline">
              outbox
            </Link>{" "}
            instead of being delivered.
          </p>
        ) : null}
        <dl className="text-sm">
          <dt className="text-xs font-semibold text-stone-600 dark:text-stone-400">Subject</dt>
          <dd>{preview.subject}</dd>
        </dl>
        <TestSendForm issueId={issue.id} email={user.email} />
        {progress ? (
          <>
            <SendProgress issueId={issue.id} initial={progress} />
            <p className="text-sm">
              <Link
                href={`/editor/newsletters/${issue.id}/report`}
                className="font-medium text-accent-800 hover:underline dark:text-accent-300"
              >
                Report: opens, clicks, unsubscribes →
              </Link>
            </p>
          </>
        ) : (
          <section aria-labelledby="send-heading" className="panel p-4">
            <h2 id="send-heading" className="mb-3 text-sm font-semibold">
              Send to subscribers
            </h2>
            <StartSendForm
              issueId={issue.id}
              all={all}
              interested={interested}
              categories={issue.categoryNames.join(", ") || "its categories"}
            />
          </section>
        )}
      </div>
      <section
        aria-label="Mail preview"
        className="min-h-[70vh] overflow-hidden rounded-lg border border-stone-200 bg-white dark:border-stone-800"
      >
        <iframe
          title="Preview of the issue mail"
          srcDoc={withLinksInNewTab(preview.html)}
          sandbox={PREVIEW_SANDBOX}
          className="h-full min-h-[70vh] w-full bg-white"
        />
      </section>
    </div>
  );
}
