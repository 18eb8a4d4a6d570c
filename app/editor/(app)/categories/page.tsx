import type { Metadata } from "next";
import { saveCategory } from "@/actions/categories";
import { NameSlugIssueCount } from "@/components/editor/admin/NameSlugIssueCount";
import { EditEntityForm } from "@/components/editor/admin/EditEntityForm";
import { EntityForm, type FieldSpec } from "@/components/editor/admin/EntityForm";
import { DeleteButton } from "@/components/editor/admin/DeleteButton";
import { deleteCategory } from "@/actions/categories";
import { listCategoriesForEditor } from "@/db/queries/categories";
import { pageUser } from "@/lib/auth-user";
import { EntityListPage } from "@/components/editor/EntityListPage";

export const metadata: Metadata = { title: "Categories" };

function fields(c?: { name: string; slug: string; description: string; position: number }): FieldSpec[] {
  return [
    { name: "name", label: "Name", defaultValue: c?.name, required: true },
    {
      name: "slug",
      label: "Slug",
      defaultValue: c?.slug,
      required: true,
      mono: true,
      suggestFrom: "name",
      hint: "The address: /categories/slug. Suggested from the name.",
    },
    { name: "position", label: "Order", type: "number", defaultValue: (c?.position ?? 0) + 1, hint: "1 comes first in filters and menus." },
    { name: "description", label: "Description", type: "textarea", defaultValue: c?.description },
  ];
}

export default async function CategoriesPage() {
  await pageUser("editor");
  const categories = await listCategoriesForEditor();
  return (
    <EntityListPage
      title="Categories"
      description="Shown as chips on issues; the first category of an issue is its primary one."
      newLabel="New category"
      newForm={<EntityForm action={saveCategory} fields={fields()} submitLabel="Add category" resetOnSuccess />}
    >
      {categories.map((c) => (
        <li key={c.id} className="flex gap-3 px-4 py-3">
          <span className="w-8 shrink-0 pt-0.5 text-xs text-stone-600 tabular-nums dark:text-stone-400">
            <span className="sr-only">Order </span>#<span data-testid="category-order">{c.position + 1}</span>
          </span>
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-baseline gap-x-3">
              <NameSlugIssueCount name={c.name} slug={c.slug} issueCount={c.issueCount} />
              <span className="ml-auto flex items-center gap-1">
                {c.issueCount === 0 ? <DeleteButton action={deleteCategory} id={c.id} label={`Delete category ${c.name}`} /> : null}
              </span>
            </div>
            {c.description ? <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{c.description}</p> : null}
            <EditEntityForm name={c.name} id={c.id} action={saveCategory} fields={fields(c)} submitLabel="Save category" />
          </div>
        </li>
      ))}
    </EntityListPage>
  );
}
