import { inputClass, SelectOptions } from "@/components/editor/ui";

/** A labelled choice in an editor list's filter form: "any" first (the empty value), then each option. */
export function FilterSelect({
  label,
  name,
  value,
  anyLabel,
  options,
}: {
  label: string;
  name: string;
  value: string | undefined;
  anyLabel: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}) {
  return (
    <label className="text-xs font-semibold">
      {label}
      <select name={name} defaultValue={value ?? ""} className={`${inputClass} mt-1`}>
        <SelectOptions empty={anyLabel} options={options} />
      </select>
    </label>
  );
}
