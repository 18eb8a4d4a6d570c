/** The report of one send: delivery, opens, clicks per link, unsubscribes, the first days. */
import { BarChart } from "@/components/editor/charts/BarChart";
import { TableHead } from "@/components/editor/TableHead";
import type { SendReport } from "@/model/send-stats";

const pct = (n: number, of: number) => (of > 0 ? `${Math.round((n / of) * 1000) / 10}%` : "–");

const linkColumns = [
  { label: "Link", className: "px-4 py-2 font-semibold" },
  { label: "Readers", className: "px-4 py-2 text-right font-semibold" },
  { label: "Clicks", className: "px-4 py-2 text-right font-semibold" },
];

export function SendReportView({ report, opensTracked }: { report: SendReport; opensTracked: boolean }) {
  const figures = [
    ["Recipients", report.total, null],
    ["Delivered", report.delivered, pct(report.delivered, report.total)],
    ["Bounced", report.bounced, pct(report.bounced, report.total)],
    ["Opened", report.opened, pct(report.opened, report.delivered)],
    ["Clicked", report.clicked, pct(report.clicked, report.delivered)],
    ["Unsubscribed", report.unsubscribed, pct(report.unsubscribed, report.delivered)],
  ] as const;
  return (
    <div className="space-y-5">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {figures.map(([label, value, share]) => (
          <div key={label} className="rounded-md bg-white px-3 py-2 ring-1 ring-stone-200 dark:bg-stone-900 dark:ring-stone-800">
            <dt className="text-xs text-stone-600 dark:text-stone-400">{label}</dt>
            <dd className="text-xl font-semibold tabular-nums" data-testid={`report-${label.toLowerCase()}`}>
              {value.toLocaleString("en")}
            </dd>
            {share ? <dd className="text-xs text-stone-600 tabular-nums dark:text-stone-400">{share}</dd> : null}
          </div>
        ))}
      </dl>
      <p className="text-xs text-stone-600 dark:text-stone-400">
        {opensTracked
          ? "Opens are approximate: Apple Mail loads every image when mail arrives (counting an open that may not have happened), and readers who block images are not counted. Clicks are counted through signed links; mail scanners that follow links can add some."
          : "Opens are not tracked on this site (TRACK_OPENS=false): only clicks are counted."}{" "}
        Each reader counts once per figure; unsubscribes are recipients who left after this mail reached them. Bounced: the receiving server
        refused the mail.
      </p>
      <section className="rounded-lg bg-white p-4 ring-1 ring-stone-200 dark:bg-stone-900 dark:ring-stone-800">
        <BarChart
          title="First opens and clicks, by day after the send"
          tableLabel="Show as a table"
          series={[
            { name: "Opens", className: "fill-accent-600 dark:fill-accent-400" },
            { name: "Clicks", className: "fill-amber-500 dark:fill-amber-300" },
          ]}
          rows={report.days.map((d) => ({ label: d.day, values: [d.opens, d.clicks] }))}
        />
      </section>
      <section aria-labelledby="links-heading" className="rounded-lg bg-white ring-1 ring-stone-200 dark:bg-stone-900 dark:ring-stone-800">
        <h2 id="links-heading" className="px-4 pt-3 text-sm font-semibold">
          Clicks per link
        </h2>
        <table className="mt-2 w-full text-left text-sm">
          <TableHead className="text-xs text-stone-600 dark:text-stone-400" columns={linkColumns} />
          <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
            {report.links.map((l) => (
              <tr key={l.link}>
                <td className="px-4 py-2 text-xs [overflow-wrap:anywhere] sm:text-sm">{l.url.replace(/^https?:\/\//, "")}</td>
                <td className="px-4 py-2 text-right tabular-nums">{l.clicks.toLocaleString("en")}</td>
                <td className="px-4 py-2 text-right tabular-nums">{l.hits.toLocaleString("en")}</td>
              </tr>
            ))}
            {report.links.length === 0 ? (
              <tr>
                <td colSpan={3} className="px-4 py-4 text-center text-stone-600 dark:text-stone-400">
                  No links recorded for this send yet.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </section>
    </div>
  );
}
