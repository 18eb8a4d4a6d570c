import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { LivePreview } from "@/components/editor/issue/LivePreview";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { IssueArticle } from "@/components/site/issue/IssueArticle";
import { pageUser } from "@/lib/auth-user";
import { draftToView } from "@/lib/editor/draft-view";
import { loadIssueForEditor } from "@/lib/editor/load-issue";
import { withRenderedMarkdown } from "@/lib/markdown-off-thread";

export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The draft in the exact reader layout (IssueArticle), only for signed-in users who may see it.
 * `?live=1` is the editor's embedded pane: no site chrome, updated by the editor as you type.
 */
async function Preview({ params, searchParams }: Props) {
  const user = await pageUser();
  const loaded = await loadIssueForEditor((await params).id, user);
  if (!loaded) notFound();
  const { issue, options, nextEvent } = loaded;
  // Rendered off the main thread: a contributor's hostile draft must not stall the server.
  const view = await withRenderedMarkdown(draftToView(issue.draft, { ...options, publishedAt: issue.publishedAt }));
  if ((await searchParams).live === "1") {
    return (
      // Labelled: inside the editor's pane this page sits next to the editor's own <main>.
      <main aria-label="Live preview of the draft" className="pb-16">
        <LivePreview initial={view} nextEvent={nextEvent} />
      </main>
    );
  }
  return (
    <>
      <aside
        aria-label="Preview"
        className="sticky top-0 z-50 flex items-center gap-3 bg-amber-300 px-4 py-1.5 text-sm font-medium text-amber-950"
      >
        <span>
          Preview — {issue.status === "published" ? "the saved version of a published issue" : `a ${issue.status} issue, not public`}
        </span>
        <Link href={`/editor/issues/${issue.id}`} className="ml-auto underline">
          Back to the editor
        </Link>
      </aside>
      <SiteHeader />
      <main id="main" className="pb-16">
        <IssueArticle issue={view} nextEvent={nextEvent} />
      </main>
      <SiteFooter />
    </>
  );
}

export default function PreviewPage(props: Props) {
  return (
    <Suspense>
      <Preview {...props} />
    </Suspense>
  );
}
