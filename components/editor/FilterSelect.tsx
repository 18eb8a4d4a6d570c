import { inputClass } from "@/components/editor/ui";

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
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
