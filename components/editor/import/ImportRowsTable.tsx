/** The preview's first rows and its invalid rows (with line numbers and reasons). */
import { ScrollArea } from "../ui";
import type { InvalidRow, PreviewRow } from "@/model/import";

const outcomeText = { new: "new", existing: "already there", suppressed: "suppressed", invalid: "invalid" } as const;

export function ImportRowsTable({ rows, invalid, invalidCount }: { rows: PreviewRow[]; invalid: InvalidRow[]; invalidCount: number }) {
  return (
    <div className="space-y-3">
      <ScrollArea label="First rows">
        <table className="w-full text-left text-sm">
          <caption className="text-left text-xs font-semibold text-stone-600 dark:text-stone-400">First rows</caption>
          <thead>
            <tr className="text-xs text-stone-600 dark:text-stone-400">
              <th className="py-1 pr-3 font-medium">Line</th>
              <th className="py-1 pr-3 font-medium">Address</th>
              <th className="py-1 pr-3 font-medium">Outcome</th>
              <th className="py-1 font-medium">Status, consent</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.line} className="border-t border-stone-200 dark:border-stone-800">
                <td className="py-1 pr-3 tabular-nums">{row.line}</td>
                <td className="max-w-48 truncate py-1 pr-3 sm:max-w-none">{row.email || "—"}</td>
                <td className="py-1 pr-3">{outcomeText[row.outcome]}</td>
                <td className="py-1">{row.reason ?? `${row.status}${row.consentAt ? `, opted in ${row.consentAt.slice(0, 10)}` : ""}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      {invalid.length > 0 ? (
        <details open={invalid.length <= 20}>
          <summary className="cursor-pointer text-sm font-semibold">
            {invalidCount.toLocaleString("en")} invalid rows{invalidCount > invalid.length ? ` (the first ${invalid.length} listed)` : ""}
          </summary>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {invalid.map((row) => (
              <li key={row.line}>
                Line {row.line}: {row.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
