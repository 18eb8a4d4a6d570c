/** What every `<list>/page/N` route of the reader does with its N. */
import { notFound, permanentRedirect } from "next/navigation";
import { parsePageNumber } from "@/lib/reader/pages";

/**
 * The page number of a `<list>/page/N` route: anything that is not a page number is a 404, and
 * page 1 redirects (permanently) to `listPath`, the list's own address, where page 1 lives.
 */
export function laterPageNumber(raw: string, listPath: string): number {
  const page = parsePageNumber(raw);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(listPath);
  return page;
}
