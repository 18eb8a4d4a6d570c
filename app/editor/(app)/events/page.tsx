import type { Metadata } from "next";
import { deleteEvent, saveEvent } from "@/actions/events";
import { DeleteButton } from "@/components/editor/admin/DeleteButton";
import { EditEntityForm } from "@/components/editor/admin/EditEntityForm";
import { EntityForm, type FieldSpec } from "@/components/editor/admin/EntityForm";
import { listEventsForEditor } from "@/db/queries/events";
import { pageUser } from "@/lib/auth-user";
import { formatEventRange } from "@/lib/format";
import type { Event } from "@/db/schema";
import { EntityListPage } from "@/components/editor/EntityListPage";

export const metadata: Metadata = { title: "Events" };

function fields(e?: Event): FieldSpec[] {
  return [
    { name: "title", label: "Title", defaultValue: e?.title, required: true, wide: true },
    {
      name: "slug",
      label: "Slug",
      defaultValue: e?.slug,
      required: true,
      mono: true,
      suggestFrom: "title",
      hint: "Suggested from the title.",
    },
    { name: "location", label: "Cities", defaultValue: e?.location, hint: "e.g. Shanghai, Beijing" },
    { name: "startsAt", label: "Starts", type: "date", defaultValue: e?.startsAt, required: true },
    { name: "endsAt", label: "Ends", type: "date", defaultValue: e?.endsAt, required: true },
    { name: "url", label: "Link", type: "url", defaultValue: e?.url, wide: true, hint: "http:// or https:// only." },
    { name: "summary", label: "Summary", type: "textarea", defaultValue: e?.summary },
    { name: "isNew", label: "Show the “New” badge", type: "checkbox", defaultValue: e?.isNew ?? false },
  ];
}

export default async function EventsPage() {
  await pageUser("editor");
  const events = await listEventsForEditor();
  return (
    <EntityListPage
      title="Events"
      description="Study tours. The next upcoming one is shown under every issue."
      newLabel="New event"
      newForm={<EntityForm action={saveEvent} fields={fields()} submitLabel="Add event" resetOnSuccess />}
    >
      {events.map((e) => (
        <li key={e.id} className="px-4 py-3">
          <p className="flex flex-wrap items-baseline gap-x-3">
            <span className="font-medium">{e.title}</span>
            {e.isNew ? (
              <span className="rounded-full bg-accent-100 px-1.5 text-[10px] font-semibold text-accent-900 uppercase dark:bg-accent-950 dark:text-accent-200">
                New
              </span>
            ) : null}
            <span className="text-xs text-stone-600 dark:text-stone-400">{formatEventRange(e.startsAt, e.endsAt)}</span>
            <span className="text-xs text-stone-600 dark:text-stone-400">{e.location}</span>
            <span className="ml-auto">
              <DeleteButton action={deleteEvent} id={e.id} label={`Delete event ${e.title}`} />
            </span>
          </p>
          <EditEntityForm name={e.title} id={e.id} action={saveEvent} fields={fields(e)} submitLabel="Save event" />
        </li>
      ))}
    </EntityListPage>
  );
}
