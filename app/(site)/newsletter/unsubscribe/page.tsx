import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { PageIntro } from "@/components/site/PageIntro";
import { subscriberForToken } from "@/lib/newsletter/subscription";
import { getCategories } from "@/lib/reader/data";

export const metadata: Metadata = { title: "Unsubscribe or change topics", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[]; result?: string | string[] }> };

const button =
  "h-11 rounded-full px-6 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600";

/** Opening the List-Unsubscribe link in a browser: an unsubscribe button and the topics. GET changes nothing. */
export default function UnsubscribePage({ searchParams }: Props) {
  return (
    <div className="mx-auto max-w-2xl px-4 pb-20 sm:px-6">
      <Suspense fallback={<PageIntro eyebrow="Newsletter" title="Your subscription" />}>
        <Body searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

async function Body({ searchParams }: Props) {
  // Per request by nature (a token in the URL); keeps the database read out of prerendering.
  await connection();
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token.slice(0, 200) : null;
  const result = typeof params.result === "string" ? params.result : null;
  const [subscriber, categories] = await Promise.all([subscriberForToken(token), getCategories()]);
  if (!subscriber || result === "invalid") {
    return (
      <PageIntro eyebrow="Newsletter" title="This link does not work">
        The unsubscribe link is not valid; it may be incomplete. Use the link at the bottom of any Dispatch mail.
      </PageIntro>
    );
  }
  const active = subscriber.status === "confirmed" || subscriber.status === "pending";
  return (
    <>
      <PageIntro eyebrow="Newsletter" title={active ? "Your subscription" : "You're unsubscribed"}>
        {active ? (
          <>
            Dispatch is sent to <strong className="text-stone-900 dark:text-stone-100">{subscriber.email}</strong>. Leave the list, or pick
            the topics you want.
          </>
        ) : (
          <>
            <strong className="text-stone-900 dark:text-stone-100">{subscriber.email}</strong> will get no more issues. Changed your mind?{" "}
            <Link href="/newsletter" className="font-semibold text-accent-800 underline dark:text-accent-300">
              Subscribe again
            </Link>
            .
          </>
        )}
      </PageIntro>
      {result === "unsubscribed" ? (
        <p role="status" className="mb-6 rounded-xl bg-accent-50 p-4 text-accent-900 dark:bg-accent-950 dark:text-accent-100">
          Done: you have been unsubscribed.
        </p>
      ) : null}
      {result === "saved" ? (
        <p role="status" className="mb-6 rounded-xl bg-accent-50 p-4 text-accent-900 dark:bg-accent-950 dark:text-accent-100">
          Your topics are saved.
        </p>
      ) : null}
      {active ? (
        <div className="space-y-10">
          <form method="post" action="/api/newsletter/unsubscribe">
            <input type="hidden" name="token" value={token ?? ""} />
            <input type="hidden" name="from" value="page" />
            <input type="hidden" name="action" value="unsubscribe" />
            <button
              type="submit"
              className={`${button} bg-stone-900 text-white hover:bg-red-800 dark:bg-stone-100 dark:text-stone-950 dark:hover:bg-red-200`}
            >
              Unsubscribe
            </button>
          </form>
          <form
            method="post"
            action="/api/newsletter/unsubscribe"
            className="rounded-2xl border border-stone-200 p-6 dark:border-stone-800"
          >
            <input type="hidden" name="token" value={token ?? ""} />
            <input type="hidden" name="from" value="page" />
            <input type="hidden" name="action" value="preferences" />
            <fieldset>
              <legend className="font-serif text-xl font-semibold">Topics</legend>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">Pick none to get every issue.</p>
              <div className="mt-4 flex flex-wrap gap-2">
                {categories.map((c) => (
                  <label
                    key={c.slug}
                    className="inline-flex cursor-pointer items-center gap-2 rounded-full border border-stone-300 px-3 py-1.5 text-sm has-checked:border-accent-600 has-checked:bg-accent-50 dark:border-stone-700 dark:has-checked:bg-accent-950"
                  >
                    <input
                      type="checkbox"
                      name="interests"
                      value={c.slug}
                      defaultChecked={subscriber.interests.includes(c.slug)}
                      className="accent-accent-700"
                    />
                    {c.name}
                  </label>
                ))}
              </div>
            </fieldset>
            <button
              type="submit"
              className={`${button} mt-5 bg-accent-700 text-white hover:bg-accent-800 dark:bg-accent-300 dark:text-stone-950`}
            >
              Save topics
            </button>
          </form>
        </div>
      ) : null}
    </>
  );
}
