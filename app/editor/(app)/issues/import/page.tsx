import type { Metadata } from "next";
import { PageHeader } from "@/components/editor/PageHeader";
import { ArchiveImportForm } from "@/components/editor/import/ArchiveImportForm";
import { pageUser } from "@/lib/auth-user";

export const metadata: Metadata = { title: "Import an archive" };

export default async function ArchiveImportPage() {
  await pageUser("editor");
  return (
    <div className="mx-auto max-w-5xl space-y-5 px-4 py-6 sm:px-6">
      <PageHeader
        title="Import an archive"
        description="Each post of an RSS/Atom feed or a Ghost export becomes a draft issue: title, summary, sections split at its headings, links kept, images copied into the media library. Nothing is published; a post imported before is skipped."
      />
      <ArchiveImportForm />
    </div>
  );
}
