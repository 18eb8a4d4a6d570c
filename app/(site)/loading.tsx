/**
 * Shown while a page streams in. Kept small (it is part of every reader page's React payload)
 * but a screen tall, so the footer stays below the fold until the page replaces it: a footer in
 * view that the content then pushes down is a layout shift (CLS 0.26 on a phone).
 */
export default function Loading() {
  return (
    <div className="mx-auto min-h-dvh max-w-6xl animate-pulse px-4 pt-14 sm:px-6" aria-busy="true" aria-live="polite">
      <span className="sr-only">Loading…</span>
      <div className="h-12 w-3/4 rounded-xl bg-stone-200 dark:bg-stone-800" />
      <div className="mt-10 h-64 rounded-2xl bg-stone-200/80 dark:bg-stone-800/80" />
    </div>
  );
}
