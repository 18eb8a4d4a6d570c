import Link from "next/link";

export function archivePagePath(page: number): string {
  return page <= 1 ? "/issues" : `/issues/page/${page}`;
}

/** Previous / numbered / next links; the current page is marked with aria-current. */
export function Pagination({ page, pages }: { page: number; pages: number }) {
  if (pages <= 1) return null;
  const link = "inline-flex min-w-10 items-center justify-center rounded-full border px-3 py-1.5 text-sm font-semibold";
  const idle = "border-stone-300 hover:border-accent-600 hover:text-accent-800 dark:border-stone-700 dark:hover:border-accent-300 dark:hover:text-accent-200";
  return (
    <nav aria-label="Pagination" className="mt-14 flex flex-wrap items-center justify-center gap-2">
      {page > 1 ? (
        <Link href={archivePagePath(page - 1)} rel="prev" className={`${link} ${idle}`}>
          ← Newer
        </Link>
      ) : null}
      {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
        <Link
          key={n}
          href={archivePagePath(n)}
          aria-current={n === page ? "page" : undefined}
          aria-label={`Page ${n}`}
          className={`${link} ${n === page ? "border-accent-700 bg-accent-700 text-white dark:border-accent-300 dark:bg-accent-300 dark:text-stone-950" : idle}`}
        >
          {n}
        </Link>
      ))}
      {page < pages ? (
        <Link href={archivePagePath(page + 1)} rel="next" className={`${link} ${idle}`}>
          Older →
        </Link>
      ) : null}
    </nav>
  );
}
