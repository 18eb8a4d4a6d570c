/** The four outcomes of a subscriber import, as a row of figures (preview and result alike). */
import type { ImportCounts as Counts } from "@/model/import";

const labels: Array<[keyof Counts, string]> = [
  ["new", "New"],
  ["existing", "Already there"],
  ["suppressed", "Suppressed"],
  ["invalid", "Invalid"],
];

export function ImportCounts({ counts, label }: { counts: Counts; label: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      {labels.map(([key, name]) => (
        <div key={key} className="rounded-md bg-white px-3 py-2 ring-1 ring-stone-200 dark:bg-stone-900 dark:ring-stone-800">
          <dt className="text-xs text-stone-600 dark:text-stone-400">{name}</dt>
          <dd className="text-xl font-semibold tabular-nums" data-count={key}>
            {counts[key].toLocaleString("en")}
          </dd>
        </div>
      ))}
    </dl>
  );
}
