import type { Metadata } from "next";
import Image from "next/image";
import { saveAuthor } from "@/actions/authors";
import { NameSlugIssueCount } from "@/components/editor/admin/NameSlugIssueCount";
import { EditEntityForm } from "@/components/editor/admin/EditEntityForm";
import { EntityForm, type FieldSpec } from "@/components/editor/admin/EntityForm";
import { listAuthorsForEditor } from "@/db/queries/authors";
import { pageUser } from "@/lib/auth-user";
import { EntityListPage } from "@/components/editor/EntityListPage";

export const metadata: Metadata = { title: "Authors" };

type AuthorRow = Awaited<ReturnType<typeof listAuthorsForEditor>>[number];

function fields(a?: AuthorRow): FieldSpec[] {
  return [
    { name: "name", label: "Name", defaultValue: a?.name, required: true },
    {
      name: "slug",
      label: "Slug",
      defaultValue: a?.slug,
      required: true,
      mono: true,
      suggestFrom: "name",
      hint: "The address: /authors/slug. Suggested from the name.",
    },
    { name: "bio", label: "Short bio", type: "textarea", defaultValue: a?.bio },
    { name: "photo", label: "Photo", defaultValue: a?.photo, mono: true, hint: "A path from the media library, e.g. /media/ab/….webp" },
    { name: "photoAlt", label: "Photo alt text", defaultValue: a?.photoAlt },
    {
      name: "links",
      label: "Links",
      type: "textarea",
      defaultValue: a?.links.map((l) => `${l.label} | ${l.url}`).join("\n"),
      hint: "One a line: Label | https://…",
    },
  ];
}

export default async function AuthorsPage() {
  await pageUser("editor");
  const authors = await listAuthorsForEditor();
  return (
    <EntityListPage
      title="Authors"
      description="The public bylines: “Written by”, with photo, bio and links."
      newLabel="New author"
      newForm={<EntityForm action={saveAuthor} fields={fields()} submitLabel="Add author" resetOnSuccess />}
    >
      {authors.map((a) => (
        <li key={a.id} className="flex gap-3 px-4 py-3">
          {a.photo ? (
            <Image src={a.photo} alt="" width={40} height={40} className="size-10 shrink-0 rounded-full object-cover" />
          ) : (
            <span className="grid size-10 shrink-0 place-items-center rounded-full bg-stone-200 font-semibold dark:bg-stone-800">
              {a.name[0]}
            </span>
          )}
          <div className="min-w-0 flex-1">
            <p className="flex flex-wrap items-baseline gap-x-3">
              <NameSlugIssueCount name={a.name} slug={a.slug} issueCount={a.issueCount} />
            </p>
            {a.bio ? <p className="mt-0.5 line-clamp-2 text-sm text-stone-600 dark:text-stone-400">{a.bio}</p> : null}
            <EditEntityForm name={a.name} id={a.id} action={saveAuthor} fields={fields(a)} submitLabel="Save author" />
          </div>
        </li>
      ))}
    </EntityListPage>
  );
}
