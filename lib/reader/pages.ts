/**
 * Reader lists are paginated, so no page grows with the archive: the archive, each category and
 * combination, each author. Page 1 lives at the list's own path, page n at `<path>/page/n`.
 */
export const READER_PAGE_SIZE = 12;

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / READER_PAGE_SIZE));
}

/** Only plain positive integers are pages ("2", not "02", "-1", "1e3" or "two"). */
export function parsePageNumber(raw: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}

/** The path of page `page` of the list at `base` ("/issues", "/categories/china", "/authors/ann"). */
export function listPagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}/page/${page}`;
}

/**
 * The page numbers a pagination bar shows: the first, the last, and two either side of the
 * current one; `null` stands for a gap. Bounded whatever the number of pages.
 */
export function pageWindow(page: number, pages: number): Array<number | null> {
  const shown = new Set([1, pages]);
  for (let n = page - 2; n <= page + 2; n++) if (n >= 1 && n <= pages) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const n of sorted) {
    const last = out.at(-1);
    if (typeof last === "number" && n - last === 2) out.push(n - 1);
    else if (typeof last === "number" && n - last > 2) out.push(null);
    out.push(n);
  }
  return out;
}
