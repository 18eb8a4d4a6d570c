/** Confirmed subscribers over time (cumulative), as a small server-rendered SVG. */
export function GrowthChart({ days }: { days: Array<{ day: string; n: number }> }) {
  if (days.length === 0) return <p className="text-sm text-stone-600 dark:text-stone-400">No confirmed subscribers yet.</p>;
  const points = days.reduce<Array<{ day: string; total: number }>>((acc, d) => [...acc, { day: d.day, total: (acc.at(-1)?.total ?? 0) + d.n }], []);
  const sum = points.at(-1)!.total;
  const max = Math.max(1, sum);
  const w = 600;
  const h = 120;
  const x = (i: number) => (points.length === 1 ? w : (i / (points.length - 1)) * w);
  const y = (v: number) => h - (v / max) * (h - 8);
  const line = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.total).toFixed(1)}`).join(" ");
  return (
    <figure>
      <svg viewBox={`0 0 ${w} ${h}`} className="h-32 w-full" role="img" aria-label={`Confirmed subscribers: ${sum} on ${points.at(-1)!.day}, from ${points[0].total} on ${points[0].day}`}>
        <path d={`${line} L${w},${h} L0,${h} Z`} className="fill-accent-600/15 dark:fill-accent-300/15" />
        <path d={line} className="fill-none stroke-accent-700 dark:stroke-accent-300" strokeWidth="2" vectorEffect="non-scaling-stroke" />
      </svg>
      <figcaption className="mt-1 flex justify-between text-xs text-stone-600 dark:text-stone-400">
        <span>{points[0].day}</span>
        <span>
          {sum.toLocaleString("en")} confirmed · {points.at(-1)!.day}
        </span>
      </figcaption>
    </figure>
  );
}
