import { EditDisclosure, EntityForm } from "@/components/editor/admin/EntityForm";

/** The folded "Edit" form under one record of an editor list; it saves that record by its id. */
export function EditEntityForm({
  name,
  id,
  action,
  fields,
  submitLabel,
}: {
  name: string;
  id: number;
  action: React.ComponentProps<typeof EntityForm>["action"];
  fields: React.ComponentProps<typeof EntityForm>["fields"];
  submitLabel: string;
}) {
  return (
    <EditDisclosure label={`Edit ${name}`}>
      <EntityForm action={action} fields={fields} hidden={{ id }} submitLabel={submitLabel} />
    </EditDisclosure>
  );
}
