/**
 * The confirmed list over the last days: the total now and the daily net change (confirmations
 * minus unsubscribes and bounces) as bars with axes and values. Days run from the first change
 * (at most 30 days back) to today, so one day of data is one labelled bar, not a line to nowhere.
 */
import { BarChart } from "@/components/editor/charts/BarChart";
import type { GrowthDay } from "@/model/subscriber-growth";

const WINDOW = 30;
const DAY = 86_400_000;

export function growthRows(
  changes: GrowthDay[],
  today = new Date(),
): Array<{ day: string; joined: number; left: number; net: number; total: number }> {
  if (changes.length === 0) return [];
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const first = Date.parse(`${changes[0].day}T00:00:00Z`);
  const start = Math.max(first, end - (WINDOW - 1) * DAY);
  const byDay = new Map(changes.map((c) => [c.day, c]));
  let total = changes.filter((c) => Date.parse(`${c.day}T00:00:00Z`) < start).reduce((sum, c) => sum + c.joined - c.left, 0);
  const rows = [];
  for (let t = start; t <= Math.max(start, end); t += DAY) {
    const day = new Date(t).toISOString().slice(0, 10);
    const c = byDay.get(day) ?? { joined: 0, left: 0 };
    total += c.joined - c.left;
    rows.push({ day, joined: c.joined, left: c.left, net: c.joined - c.left, total });
  }
  return rows;
}

export function GrowthChart({ changes }: { changes: GrowthDay[] }) {
  const rows = growthRows(changes);
  if (rows.length === 0) return <p className="text-sm text-stone-600 dark:text-stone-400">No confirmed subscribers yet.</p>;
  const last = rows.at(-1)!;
  const first = rows[0];
  const change = last.total - (first.total - first.net);
  return (
    <div>
      <p className="mb-3 text-sm">
        <strong className="text-xl tabular-nums">{last.total.toLocaleString("en")}</strong> confirmed on {last.day}
        <span className="text-stone-600 dark:text-stone-400">
          {rows.length === 1
            ? " — every change so far was on this one day"
            : ` · ${change >= 0 ? "+" : "−"}${Math.abs(change).toLocaleString("en")} since ${first.day}`}
        </span>
      </p>
      <BarChart
        title="Net change per day (confirmed minus unsubscribed and bounced)"
        tableLabel="Show as a table (joined, left, total)"
        series={[{ name: "Net change", className: "fill-accent-600 dark:fill-accent-400" }]}
        extraColumns={["Joined", "Left", "Total"]}
        rows={rows.map((r) => ({ label: r.day.slice(5), values: [r.net], extra: [r.joined, r.left, r.total] }))}
      />
    </div>
  );
}
