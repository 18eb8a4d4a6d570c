"use client";

import Link from "next/link";

/** A page failed to render (e.g. the database is unreachable): say so calmly, offer a retry. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-24 text-center sm:px-6">
      <p className="font-serif text-6xl font-semibold text-accent-700 dark:text-accent-300">Sorry</p>
      <h1 className="mt-4 font-serif text-3xl font-semibold">This page could not be shown right now</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-400">Something on our side is not answering. Please try again in a moment.</p>
      <div className="mt-8 flex justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-full bg-accent-700 px-5 py-2.5 text-sm font-semibold text-white hover:bg-accent-800 dark:bg-accent-300 dark:text-stone-950"
        >
          Try again
        </button>
        <Link href="/" className="rounded-full border border-stone-300 px-5 py-2.5 text-sm font-semibold dark:border-stone-700">
          Home
        </Link>
      </div>
    </div>
  );
}
