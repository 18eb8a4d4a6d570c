import { IntentLink as Link } from "@/components/ui/IntentLink";
import { listPagePath, pageWindow } from "@/lib/reader/pages";

/**
 * Newer / numbered / older links for the list at `base`; the current page is marked with
 * aria-current. At most nine numbers whatever the number of pages (first, last, two either side
 * of the current one). The <link rel="prev|next"> elements are hoisted into <head> by React.
 */
export function Pagination({ base, page, pages }: { base: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  const link = "inline-flex min-w-10 items-center justify-center rounded-full border px-3 py-1.5 text-sm font-semibold";
  const idle =
    "border-stone-300 hover:border-accent-600 hover:text-accent-800 dark:border-stone-700 dark:hover:border-accent-300 dark:hover:text-accent-200";
  return (
    <nav aria-label="Pagination" className="mt-14 flex flex-wrap items-center justify-center gap-2">
      {page > 1 ? <link rel="prev" href={listPagePath(base, page - 1)} /> : null}
      {page < pages ? <link rel="next" href={listPagePath(base, page + 1)} /> : null}
      {page > 1 ? (
        <Link href={listPagePath(base, page - 1)} rel="prev" className={`${link} ${idle}`}>
          ← Newer
        </Link>
      ) : null}
      {pageWindow(page, pages).map((n, i) =>
        n === null ? (
          <span key={`gap-${i}`} aria-hidden="true" className="px-1 text-stone-500 dark:text-stone-400">
            …
          </span>
        ) : (
          <Link
            key={n}
            href={listPagePath(base, n)}

            aria-current={n === page ? "page" : undefined}
            aria-label={`Page ${n}`}
            className={`${link} ${n === page ? "border-accent-700 bg-accent-700 text-white dark:border-accent-300 dark:bg-accent-300 dark:text-stone-950" : idle}`}
          >
            {n}
          </Link>
        ),
      )}
      {page < pages ? (
        <Link href={listPagePath(base, page + 1)} rel="next" className={`${link} ${idle}`}>
          Older →
        </Link>
      ) : null}
    </nav>
  );
}
