import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IssueEditor } from "@/components/editor/issue/IssueEditor";
import { pageUser } from "@/lib/auth-user";
import { loadIssueForEditor } from "@/lib/editor/load-issue";
import { hasRole } from "@/model/role";

export const metadata: Metadata = { title: "Edit issue" };

export default async function EditIssuePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser();
  const loaded = await loadIssueForEditor((await params).id, user);
  if (!loaded) notFound();
  const { issue, options, nextEvent } = loaded;
  return (
    <IssueEditor
      key={`${issue.id}:${issue.version}`}
      id={issue.id}
      initialDraft={issue.draft}
      version={issue.version}
      updatedAt={issue.updatedAt.toISOString()}
      publish={{
        status: issue.status,
        publishedAt: issue.publishedAt?.toISOString() ?? null,
        scheduledFor: issue.scheduledFor?.toISOString() ?? null,
      }}
      canPublish={hasRole(user.role, "editor")}
      categories={options.categories}
      authors={options.authors}
      nextEvent={nextEvent}
    />
  );
}
