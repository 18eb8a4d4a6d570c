/** Shown while a page that is not cached yet renders for the first time. */
export default function Loading() {
  return (
    <div className="mx-auto max-w-6xl animate-pulse px-4 pt-14 sm:px-6" aria-busy="true" aria-live="polite">
      <span className="sr-only">Loading…</span>
      <div className="h-4 w-28 rounded-full bg-stone-200 dark:bg-stone-800" />
      <div className="mt-5 h-12 w-3/4 rounded-xl bg-stone-200 dark:bg-stone-800" />
      <div className="mt-4 h-5 w-1/2 rounded-full bg-stone-200 dark:bg-stone-800" />
      <div className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 3 }, (_, i) => (
          <div key={i} className="h-64 rounded-2xl bg-stone-200/80 dark:bg-stone-800/80" />
        ))}
      </div>
    </div>
  );
}
