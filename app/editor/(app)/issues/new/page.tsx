import type { Metadata } from "next";
import { NewIssueForm } from "@/components/editor/issue/NewIssueForm";
import { PageHeader } from "@/components/editor/PageHeader";

export const metadata: Metadata = { title: "New issue" };

export default function NewIssuePage() {
  return (
    <div className="mx-auto max-w-xl px-4 py-6 sm:px-6">
      <PageHeader title="New issue" description="Start with a title; everything else follows in the editor." />
      <NewIssueForm />
    </div>
  );
}
