import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { EmailAddress } from "@/components/editor/EmailAddress";
import { PageHeader } from "@/components/editor/PageHeader";
import { countOutboxForEditor, getOutboxMessageForEditor, listOutboxForEditor } from "@/db/queries/outbox";
import { pageUser } from "@/lib/auth-user";
import { PREVIEW_SANDBOX, withLinksInNewTab } from "@/lib/email/preview-frame";
import { mailConfigured } from "@/lib/email/transport";

export const metadata: Metadata = { title: "Outbox" };

type Props = { searchParams: Promise<{ id?: string | string[] }> };

/** Mail written while no SMTP server is configured, so the embedded demo works end to end. */
export default async function OutboxPage({ searchParams }: Props) {
  const me = await pageUser("editor");
  const owner = me.role === "owner";
  const id = z.coerce
    .number()
    .int()
    .positive()
    .safeParse((await searchParams).id);
  const [messages, total, open] = await Promise.all([
    listOutboxForEditor(100, owner),
    countOutboxForEditor(owner),
    id.success ? getOutboxMessageForEditor(id.data, owner) : null,
  ]);
  return (
    // minmax(0, …) columns: long subjects and addresses truncate instead of widening the page.
    // On a phone an open message takes the screen, with a way back to the list.
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6 px-4 py-6 sm:px-6 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
      <div>
        <PageHeader
          title="Outbox"
          description={`${total.toLocaleString("en")} ${total === 1 ? "message" : "messages"} kept instead of sent${mailConfigured() ? " (SMTP is configured now: new mail is delivered)" : " (no SMTP_URL set)"}.`}
        />
        <ul
          className={`mt-4 divide-y ${open ? "max-lg:hidden" : ""} divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900`}
        >
          {messages.map((m) => (
            <li key={m.id}>
              <Link
                href={`/editor/outbox?id=${m.id}`}
                aria-current={open?.id === m.id ? "true" : undefined}
                className="block px-3 py-2 hover:bg-stone-50 aria-[current]:bg-accent-50 dark:hover:bg-stone-800 dark:aria-[current]:bg-accent-950"
              >
                <span className="block truncate font-medium">{m.subject}</span>
                <span className="block truncate text-xs text-stone-600 dark:text-stone-400">
                  {m.kind} · to {m.to} · {m.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC
                </span>
              </Link>
            </li>
          ))}
          {messages.length === 0 ? <li className="px-3 py-6 text-center text-stone-600 dark:text-stone-400">No mail yet.</li> : null}
        </ul>
      </div>
      {open ? (
        <section aria-label="Message" className="min-w-0 space-y-3">
          <Link href="/editor/outbox" className="text-sm font-medium text-accent-800 hover:underline lg:hidden dark:text-accent-300">
            ← All mail ({total.toLocaleString("en")})
          </Link>
          <h2 className="font-serif text-xl font-semibold [overflow-wrap:anywhere]">{open.subject}</h2>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 text-xs">
            <dt className="font-semibold">To</dt>
            <dd>
              <EmailAddress email={open.to} />
            </dd>
            <dt className="font-semibold">From</dt>
            <dd className="break-words">{open.from}</dd>
            {Object.entries(open.headers).map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-semibold">{k}</dt>
                <dd className="break-all">{v}</dd>
              </div>
            ))}
          </dl>
          <iframe
            title="HTML part"
            srcDoc={withLinksInNewTab(open.html)}
            sandbox={PREVIEW_SANDBOX}
            className="h-[60vh] w-full rounded-lg border border-stone-200 bg-white dark:border-stone-800"
          />
          <details>
            <summary className="cursor-pointer text-sm font-semibold">Plain-text part</summary>
            <pre className="mt-2 overflow-x-auto rounded-lg bg-stone-100 p-3 text-xs whitespace-pre-wrap dark:bg-stone-900">
              {open.text}
            </pre>
          </details>
        </section>
      ) : null}
    </div>
  );
}
