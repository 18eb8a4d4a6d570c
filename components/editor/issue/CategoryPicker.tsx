"use client";

import { buttonClass, SelectOptions } from "@/components/editor/ui";
import type { CategoryOption } from "@/lib/editor/draft-view";
import { moveItem } from "./list-ops";

/** Ordered categories: the first is the primary one. Add from a list, reorder and remove by buttons. */
export function CategoryPicker({
  options,
  value,
  onChange,
  error,
}: {
  options: CategoryOption[];
  value: number[];
  onChange: (ids: number[]) => void;
  error?: string;
}) {
  const byId = new Map(options.map((c) => [c.id, c]));
  const available = options.filter((c) => !value.includes(c.id));
  return (
    <fieldset>
      <legend className="mb-1 text-xs font-semibold text-stone-700 dark:text-stone-300">Categories</legend>
      <ol className="flex flex-wrap gap-1.5" aria-label="Chosen categories, primary first">
        {value.map((id, i) => (
          <li
            key={id}
            className="inline-flex items-center gap-0.5 rounded-full border border-stone-300 bg-white py-0.5 pr-1 pl-2.5 text-xs font-medium dark:border-stone-700 dark:bg-stone-900"
          >
            {byId.get(id)?.name ?? `#${id}`}
            {i === 0 ? (
              <span className="ml-1 rounded-full bg-accent-100 px-1.5 text-[10px] font-semibold text-accent-900 uppercase dark:bg-accent-950 dark:text-accent-200">
                primary
              </span>
            ) : null}
            <button
              type="button"
              className={`${buttonClass.quiet} px-1 py-0`}
              disabled={i === 0}
              onClick={() => onChange(moveItem(value, i, -1))}
              aria-label={`Move ${byId.get(id)?.name} earlier`}
            >
              ←
            </button>
            <button
              type="button"
              className={`${buttonClass.quiet} px-1 py-0`}
              onClick={() => onChange(value.filter((v) => v !== id))}
              aria-label={`Remove category ${byId.get(id)?.name}`}
            >
              ×
            </button>
          </li>
        ))}
        {value.length === 0 ? <li className="text-xs text-stone-500 dark:text-stone-400">None yet.</li> : null}
      </ol>
      {available.length > 0 ? (
        <>
          <label htmlFor="add-category" className="sr-only">
            Add a category
          </label>
          <select
            id="add-category"
            value=""
            onChange={(e) => e.target.value && onChange([...value, Number(e.target.value)])}
            className="mt-1.5 rounded-md border border-stone-300 bg-white px-2 py-1 text-xs dark:border-stone-700 dark:bg-stone-900"
          >
            <SelectOptions empty="+ Add a category…" options={available.map((c) => ({ value: c.id, label: c.name }))} />
          </select>
        </>
      ) : null}
      {error ? <p className="mt-1 text-xs font-medium text-red-700 dark:text-red-300">{error}</p> : null}
    </fieldset>
  );
}
