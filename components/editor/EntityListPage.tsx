import { NewEntityPanel } from "@/components/editor/NewEntityPanel";
import { PageHeader } from "@/components/editor/PageHeader";

/**
 * An editor page that manages one kind of record (authors, categories, events): its title, the
 * folded form that adds one, and the list of those there are, one `<li>` each from `children`.
 */
export function EntityListPage({
  title,
  description,
  newLabel,
  newForm,
  children,
}: {
  title: string;
  description: string;
  newLabel: string;
  newForm: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6">
      <PageHeader title={title} description={description} />
      <NewEntityPanel label={newLabel}>{newForm}</NewEntityPanel>
      <ul className="panel mt-4 divide-y divide-stone-200 dark:divide-stone-800">{children}</ul>
    </div>
  );
}
