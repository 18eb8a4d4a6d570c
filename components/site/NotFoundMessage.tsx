"use client";
import { IntentLink as Link } from "@/components/ui/IntentLink";

/**
 * The body of every reader 404: what happened and the two ways on. A client component without
 * state, like the header: Next embeds the reader layout's not-found fallback in every page's
 * payload, and this way it is a reference there, not a tree.
 */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-24 text-center sm:px-6">
      <p className="font-serif text-7xl font-semibold text-accent-700 dark:text-accent-300">404</p>
      <h1 className="mt-4 font-serif text-3xl font-semibold">This page is not here</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-400">
        The issue may have been moved or not published yet. Try the latest issue or the archive.
      </p>
      <div className="mt-8 flex justify-center gap-3">
        <Link
          href="/"
          className="rounded-full bg-accent-700 px-5 py-2.5 text-sm font-semibold text-white hover:bg-accent-800 dark:bg-accent-300 dark:text-stone-950"
        >
          Latest issue
        </Link>
        <Link
          href="/issues"
          className="rounded-full border border-stone-300 px-5 py-2.5 text-sm font-semibold hover:border-accent-600 dark:border-stone-700"
        >
          All issues
        </Link>
      </div>
    </div>
  );
}
