import type { Metadata } from "next";
import { PageHeader } from "@/components/editor/PageHeader";
import { SendConfirmations } from "@/components/editor/import/SendConfirmations";
import { SubscriberImportForm } from "@/components/editor/import/SubscriberImportForm";
import { countImportedPendingWithoutToken } from "@/db/queries/subscriber-import";
import { pageUser } from "@/lib/auth-user";

export const metadata: Metadata = { title: "Import subscribers" };

export default async function SubscriberImportPage() {
  await pageUser("editor");
  const waiting = await countImportedPendingWithoutToken();
  return (
    <div className="mx-auto max-w-5xl space-y-5 px-4 py-6 sm:px-6">
      <PageHeader
        title="Import subscribers"
        description="A CSV from Mailchimp, Substack or Ghost (recognised by its columns), or any CSV with a column mapping. You see what will happen before anything is written; the import is all or nothing, and importing the same file again changes nothing."
      />
      <SubscriberImportForm />
      {waiting > 0 ? <SendConfirmations waiting={waiting} /> : null}
    </div>
  );
}
