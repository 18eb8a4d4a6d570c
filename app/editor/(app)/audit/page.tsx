import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { LocalTime } from "@/components/editor/LocalTime";
import { FilterSelect } from "@/components/editor/FilterSelect";
import { PageHeader } from "@/components/editor/PageHeader";
import { buttonClass } from "@/components/editor/ui";
import { listAuditEvents } from "@/db/queries/audit";
import { auditKindList, auditKinds } from "@/lib/audit-kinds";
import { pageUser } from "@/lib/auth-user";

export const metadata: Metadata = { title: "Audit" };

const PAGE = 50;
const querySchema = z.object({
  kind: z.enum(auditKindList).optional().catch(undefined),
  before: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const security = new Set(auditKindList.slice(0, auditKindList.indexOf("sessions-revoke") + 1));

/** The audit trail, owners only: newest first, 50 a page, by kind. */
export default async function AuditPage({ searchParams }: Props) {
  await pageUser("owner");
  const { kind, before } = querySchema.parse(await searchParams);
  const { rows, hasMore } = await listAuditEvents({ kind: kind ?? null, before: before ?? null, pageSize: PAGE });
  const href = (next: { before?: number }) => {
    const params = new URLSearchParams();
    if (kind) params.set("kind", kind);
    if (next.before) params.set("before", String(next.before));
    const s = params.toString();
    return `/editor/audit${s ? `?${s}` : ""}`;
  };
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6">
      <PageHeader title="Audit" description="Sign-ins, account changes and editorial actions. Addresses are masked.">
        <a href={`/editor/audit/export${kind ? `?kind=${kind}` : ""}`} className={buttonClass.secondary} download>
          Export CSV
        </a>
      </PageHeader>
      <form aria-label="Filter events" className="mt-5 flex flex-wrap items-end gap-2">
        <FilterSelect
          label="Kind"
          name="kind"
          value={kind}
          anyLabel="Every kind"
          options={auditKindList.map((k) => ({ value: k, label: auditKinds[k] }))}
        />
        <button type="submit" className={buttonClass.secondary}>
          Filter
        </button>
      </form>
      <ul className="panel mt-4 divide-y divide-stone-200 text-sm dark:divide-stone-800">
        {rows.map((e) => {
          const label = auditKinds[e.kind as keyof typeof auditKinds] ?? e.kind;
          const details = Object.entries(e.details).filter(([, v]) => v !== null && v !== "");
          return (
            <li key={e.id} className="grid gap-1 px-4 py-3 sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-4">
              <div className="text-xs text-stone-600 dark:text-stone-400">
                <LocalTime iso={e.at.toISOString()} />
                {e.address ? <span className="block font-mono">{e.address}</span> : null}
              </div>
              <div className="min-w-0">
                <p>
                  <span
                    className={`mr-2 rounded px-1.5 py-0.5 text-[11px] font-semibold ${security.has(e.kind as never) ? "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200" : "bg-accent-50 text-accent-900 dark:bg-accent-950 dark:text-accent-100"}`}
                  >
                    {label}
                  </span>
                  <span className="break-words">{e.target || "—"}</span>
                </p>
                <p className="mt-0.5 text-xs break-words text-stone-600 dark:text-stone-400">
                  by {e.actor}
                  {details.length ? ` · ${details.map(([k, v]) => `${k}: ${v}`).join(", ")}` : ""}
                </p>
              </div>
            </li>
          );
        })}
        {rows.length === 0 ? (
          <li className="px-4 py-6 text-center text-stone-600 dark:text-stone-400">
            {kind ? "No event of this kind yet." : "Nothing recorded yet."}
          </li>
        ) : null}
      </ul>
      <nav aria-label="Pages" className="mt-3 flex justify-between text-sm">
        {before ? <Link href={href({})}>← Newest</Link> : <span />}
        {hasMore ? <Link href={href({ before: rows.at(-1)!.id })}>Older →</Link> : <span />}
      </nav>
    </div>
  );
}
