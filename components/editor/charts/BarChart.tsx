/**
 * A small server-rendered bar chart: grouped series per label, a y axis with ticks, the value
 * over each bar, negative values below a zero line. The SVG's accessible name reads every value
 * out ("Day 1: 3 opens, 1 click; …"), and the same numbers follow as a table to open.
 */
import { ScrollArea } from "../ui";

export type BarSeries = { name: string; className: string };
/** `extra`: more numbers of the row, shown in the table only (e.g. a running total). */
export type BarRow = { label: string; values: number[]; extra?: number[] };

const W = 640;
const H = 220;
const PAD = { top: 18, right: 8, bottom: 28, left: 40 };

/** Round tick steps (1, 2, 5 × 10ⁿ) that cover the range in about four steps. */
function ticks(min: number, max: number): number[] {
  const span = Math.max(1, max - min);
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? power * 10);
  const out: number[] = [];
  for (let v = Math.floor(min / step) * step; v <= max + step / 2; v += step) out.push(v);
  return out.length > 1 ? out : [0, step];
}

type Props = { title: string; series: BarSeries[]; rows: BarRow[]; tableLabel: string; extraColumns?: string[] };

export function BarChart({ title, series, rows, tableLabel, extraColumns = [] }: Props) {
  const all = rows.flatMap((r) => r.values);
  const scale = ticks(Math.min(0, ...all), Math.max(0, ...all));
  const lo = scale[0];
  const hi = scale.at(-1)!;
  const y = (v: number) => PAD.top + ((hi - v) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const band = (W - PAD.left - PAD.right) / Math.max(1, rows.length);
  // One bar of one day would fill the width: bars keep a readable width whatever the count.
  const bar = Math.min(40, (band * 0.8) / series.length);
  const labelEvery = Math.ceil(rows.length / 12);
  return (
    <figure>
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <div className="mt-1 flex flex-wrap gap-3 text-xs text-stone-600 dark:text-stone-400" aria-hidden="true">
        {series.map((s) => (
          <span key={s.name} className="inline-flex items-center gap-1">
            <svg width="10" height="10" aria-hidden="true">
              <rect width="10" height="10" className={s.className} />
            </svg>
            {s.name}
          </span>
        ))}
      </div>
      {/* Below ~32rem the labels would shrink past reading: the chart keeps its size and scrolls. */}
      <ScrollArea label={title}>
        <svg
          viewBox={`0 0 ${W} ${H}`}
          className="mt-1 h-auto w-full min-w-[32rem]"
          role="img"
          aria-label={`${title}. ${rows.map((r) => `${r.label}: ${r.values.map((v, j) => `${v} ${series[j].name.toLowerCase()}`).join(", ")}`).join("; ")}`}
        >
          {scale.map((t) => (
            <g key={t}>
              <line
                x1={PAD.left}
                x2={W - PAD.right}
                y1={y(t)}
                y2={y(t)}
                className={t === 0 ? "stroke-stone-500" : "stroke-stone-200 dark:stroke-stone-700"}
                strokeWidth="1"
              />
              <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" className="fill-stone-600 text-[11px] dark:fill-stone-400">
                {t.toLocaleString("en")}
              </text>
            </g>
          ))}
          {rows.map((r, i) => {
            const x0 = PAD.left + i * band + (band - bar * series.length) / 2;
            return (
              <g key={r.label}>
                {r.values.map((v, j) => {
                  const top = Math.min(y(v), y(0));
                  const height = Math.max(v === 0 ? 0 : 1, Math.abs(y(v) - y(0)));
                  return (
                    <g key={j}>
                      <rect x={x0 + j * bar} y={top} width={bar - 2} height={height} className={series[j].className} />
                      <text
                        x={x0 + j * bar + (bar - 2) / 2}
                        y={v < 0 ? top + height + 11 : top - 4}
                        textAnchor="middle"
                        className="fill-stone-800 text-[10px] tabular-nums dark:fill-stone-200"
                      >
                        {v.toLocaleString("en")}
                      </text>
                    </g>
                  );
                })}
                {i % labelEvery === 0 ? (
                  <text
                    x={PAD.left + i * band + band / 2}
                    y={H - 8}
                    textAnchor="middle"
                    className="fill-stone-600 text-[11px] dark:fill-stone-400"
                  >
                    {r.label}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </ScrollArea>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-xs font-semibold text-stone-700 dark:text-stone-300">{tableLabel}</summary>
        <ChartTable columns={[...series.map((s) => s.name), ...extraColumns]} rows={rows} />
      </details>
    </figure>
  );
}

function ChartTable({ columns, rows }: { columns: string[]; rows: BarRow[] }) {
  return (
    <table className="mt-2 w-full text-left text-xs tabular-nums">
      <thead>
        <tr>
          <th scope="col" className="py-1 pr-3 font-semibold">
            Day
          </th>
          {columns.map((name) => (
            <th key={name} scope="col" className="py-1 pr-3 font-semibold">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label} className="border-t border-stone-200 dark:border-stone-800">
            <th scope="row" className="py-1 pr-3 font-normal">
              {r.label}
            </th>
            {[...r.values, ...(r.extra ?? [])].map((v, j) => (
              <td key={j} className="py-1 pr-3">
                {v.toLocaleString("en")}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
