import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { PageIntro } from "@/components/site/PageIntro";

export const metadata: Metadata = { title: "Confirm your subscription", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[]; result?: string | string[] }> };

const results: Record<string, { title: string; body: string }> = {
  confirmed: {
    title: "You're subscribed",
    body: "Thank you for confirming. The next issue will arrive in your inbox; we just sent a welcome mail.",
  },
  already: {
    title: "Already confirmed",
    body: "This address was already confirmed. Nothing else to do: the next issue will arrive in your inbox.",
  },
  expired: {
    title: "This link has expired",
    body: "Confirmation links work for 48 hours. Subscribe again and we will send you a new one.",
  },
  invalid: {
    title: "This link does not work",
    body: "The confirmation link is not valid: it may be incomplete or already replaced by a newer one. Subscribe again and we will send a new link.",
  },
};

/** GET only shows a button (mail scanners follow links); the button POSTs the confirmation. */
export default function ConfirmPage({ searchParams }: Props) {
  return (
    <div className="mx-auto max-w-2xl px-4 pb-20 sm:px-6">
      <Suspense fallback={<PageIntro eyebrow="Newsletter" title="Confirm your subscription" />}>
        <ConfirmBody searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

async function ConfirmBody({ searchParams }: Props) {
  // Per request by nature (a token in the URL); keeps the database read out of prerendering.
  await connection();
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token.slice(0, 200) : "";
  const result = typeof params.result === "string" ? results[params.result] : undefined;
  if (result) {
    return (
      <>
        <PageIntro eyebrow="Newsletter" title={result.title}>
          {result.body}
        </PageIntro>
        <Link
          href={params.result === "expired" || params.result === "invalid" ? "/newsletter" : "/"}
          className="font-semibold text-accent-800 hover:underline dark:text-accent-300"
        >
          {params.result === "expired" || params.result === "invalid" ? "Subscribe again →" : "Read the latest issue →"}
        </Link>
      </>
    );
  }
  if (!token) {
    return (
      <PageIntro eyebrow="Newsletter" title={results.invalid.title}>
        {results.invalid.body}
      </PageIntro>
    );
  }
  return (
    <>
      <PageIntro eyebrow="Newsletter" title="Confirm your subscription">
        One more step: press the button to confirm that you want Dispatch by email at this address.
      </PageIntro>
      <form method="post" action="/api/newsletter/confirm">
        <input type="hidden" name="token" value={token} />
        <button
          type="submit"
          className="h-12 rounded-full bg-accent-700 px-7 text-base font-semibold text-white hover:bg-accent-800 dark:bg-accent-300 dark:text-stone-950 dark:hover:bg-accent-200"
        >
          Confirm my subscription
        </button>
      </form>
    </>
  );
}
