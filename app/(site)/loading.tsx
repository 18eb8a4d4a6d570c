/**
 * Shown while a page that is not cached yet renders for the first time. Kept small: it is part
 * of every reader page's React payload.
 */
export default function Loading() {
  return (
    <div className="mx-auto max-w-6xl animate-pulse px-4 pt-14 sm:px-6" aria-busy="true" aria-live="polite">
      <span className="sr-only">Loading…</span>
      <div className="h-12 w-3/4 rounded-xl bg-stone-200 dark:bg-stone-800" />
      <div className="mt-10 h-64 rounded-2xl bg-stone-200/80 dark:bg-stone-800/80" />
    </div>
  );
}
