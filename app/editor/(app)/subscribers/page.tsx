import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { EmailAddress } from "@/components/editor/EmailAddress";
import { FilterSelect } from "@/components/editor/FilterSelect";
import { PageHeader } from "@/components/editor/PageHeader";
import { TableHead } from "@/components/editor/TableHead";
import { buttonClass, inputClass } from "@/components/editor/ui";
import { GrowthChart } from "@/components/editor/newsletter/GrowthChart";
import { SubscriberActions } from "@/components/editor/newsletter/SubscriberActions";
import { lastOpenedForEditor } from "@/db/queries/send-events";
import { subscriberChangesPerDayForEditor } from "@/db/queries/subscriber-growth";
import { countSubscribersByStatusForEditor, countSubscribersForEditor, listSubscribersForEditor } from "@/db/queries/subscribers";
import { pageUser } from "@/lib/auth-user";
import { formatDate } from "@/lib/format";
import { subscriberStatuses } from "@/model/subscriber";

export const metadata: Metadata = { title: "Subscribers" };

const PAGE = 50;
const statuses = subscriberStatuses;
const querySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(statuses).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

const columns = [
  ...["Address", "Status", "Topics", "Since", "Last opened"].map((label) => ({ label, className: "px-3 py-2 font-semibold" })),
  { label: <span className="sr-only">Actions</span>, className: "px-3 py-2 font-semibold" },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SubscribersPage({ searchParams }: Props) {
  await pageUser("editor");
  const { q, status, page } = querySchema.parse(await searchParams);
  const [rows, matching, counts, growth] = await Promise.all([
    listSubscribersForEditor({ q, status, limit: PAGE, offset: (page - 1) * PAGE }),
    countSubscribersForEditor({ q, status }),
    countSubscribersByStatusForEditor(),
    subscriberChangesPerDayForEditor(),
  ]);
  const lastOpened = await lastOpenedForEditor(rows.map((r) => r.id));
  const href = (next: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ q, status, ...next }))
      if (v !== undefined && v !== "" && !(k === "page" && String(v) === "1")) params.set(k, String(v));
    const s = params.toString();
    return `/editor/subscribers${s ? `?${s}` : ""}`;
  };
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6">
      <PageHeader title="Subscribers" description="Everyone who signed up, with their consent record.">
        <Link href="/editor/subscribers/import" className={buttonClass.secondary}>
          Import CSV
        </Link>
        <a href="/editor/subscribers/export" className={buttonClass.secondary} download>
          Export CSV
        </a>
      </PageHeader>
      <dl className="mt-5 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {statuses.map((s) => (
          <div key={s} className="rounded-md bg-white px-3 py-2 ring-1 ring-stone-200 dark:bg-stone-900 dark:ring-stone-800">
            <dt className="text-xs text-stone-600 capitalize dark:text-stone-400">{s}</dt>
            <dd className="text-xl font-semibold tabular-nums">{counts[s].toLocaleString("en")}</dd>
          </div>
        ))}
      </dl>
      <section
        aria-label="Confirmed subscribers over time"
        className="mt-5 rounded-lg bg-white p-4 ring-1 ring-stone-200 dark:bg-stone-900 dark:ring-stone-800"
      >
        <GrowthChart changes={growth} />
      </section>
      <form role="search" aria-label="Find subscribers" className="mt-5 flex flex-wrap items-end gap-2">
        <label className="min-w-48 flex-1 text-xs font-semibold">
          Search by address
          <input name="q" type="search" defaultValue={q} className={`${inputClass} mt-1`} placeholder="name@example.com" />
        </label>
        <FilterSelect label="Status" name="status" value={status} anyLabel="Any" options={statuses.map((s) => ({ value: s, label: s }))} />
        <button type="submit" className={buttonClass.secondary}>
          Filter
        </button>
      </form>
      <p className="mt-3 text-sm text-stone-600 dark:text-stone-400" aria-live="polite">
        {matching.toLocaleString("en")} {matching === 1 ? "subscriber" : "subscribers"}
      </p>
      {/* A table on wider screens; below 640 px each row is a card (the header row is only read out). */}
      <div className="panel mt-2">
        <table className="w-full text-left text-sm">
          <TableHead className="text-xs text-stone-600 max-sm:sr-only dark:text-stone-400" columns={columns} />
          <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
            {rows.map((s) => (
              <tr
                key={s.id}
                className="max-sm:grid max-sm:grid-cols-[minmax(0,1fr)_auto] max-sm:items-baseline max-sm:gap-x-3 max-sm:px-3 max-sm:py-2.5"
              >
                <td className="px-3 py-2 font-medium max-sm:col-span-2 max-sm:p-0 sm:font-normal">
                  <EmailAddress email={s.email} />
                </td>
                <td className="px-3 py-2 capitalize max-sm:p-0 max-sm:text-xs">
                  <span className="sm:hidden">Status: </span>
                  {s.status}
                </td>
                <td className="px-3 py-2 text-xs max-sm:col-start-1 max-sm:p-0">
                  <span className="sm:hidden">Topics: </span>
                  {s.interests.length ? s.interests.join(", ") : "All"}
                </td>
                <td className="px-3 py-2 text-xs whitespace-nowrap max-sm:col-start-2 max-sm:row-start-2 max-sm:p-0 max-sm:text-right">
                  <span className="sm:hidden">Since </span>
                  {formatDate(s.confirmedAt ?? s.createdAt)}
                </td>
                <td className="px-3 py-2 text-xs whitespace-nowrap max-sm:col-span-2 max-sm:p-0" data-testid="last-opened">
                  <span className="sm:hidden">Last opened: </span>
                  {lastOpened.has(s.id) ? formatDate(lastOpened.get(s.id)!) : "—"}
                </td>
                <td className="px-3 py-2 max-sm:col-span-2 max-sm:-ml-2 max-sm:p-0">
                  <SubscriberActions id={s.id} email={s.email} active={s.status === "confirmed" || s.status === "pending"} />
                </td>
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={6} className="px-3 py-6 text-center text-stone-600 dark:text-stone-400">
                  {q || status
                    ? "No subscriber matches this search."
                    : "No subscribers yet. The signup box is on the home page, every issue and /newsletter."}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="mt-3 flex justify-between text-sm">
        {page > 1 ? <Link href={href({ page: page - 1 })}>← Newer</Link> : <span />}
        {page * PAGE < matching ? <Link href={href({ page: page + 1 })}>Older →</Link> : <span />}
      </nav>
    </div>
  );
}
