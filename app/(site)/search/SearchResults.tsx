import { IntentLink as Link } from "@/components/ui/IntentLink";
import NextLink from "next/link";
import { connection } from "next/server";
import { HIT_END, HIT_START, type SearchHit } from "@/db/queries/search";
import { formatDate } from "@/lib/format";
import { SEARCH_PAGE_SIZE, searchForReader } from "@/lib/reader/search";
import { SearchForm } from "./SearchForm";
import { errorMessage, log } from "@/lib/log";

/** The results' wrapper: the page holds its first paint until it is in the document. */
export const SEARCH_RESULTS_ID = "search-results";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Snippet text with the matched words in <mark>; rendered as React text, never as HTML. Plain
 * text between the marks stays bare text and the marks' style is one class (.search-hit-snippet
 * in app/styles/common.css): 30 hits are sent twice, as HTML and in the React payload.
 */
function Snippet({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${HIT_START}[^${HIT_END}]*${HIT_END})`, "u"));
  return <>{parts.map((part, i) => (part.startsWith(HIT_START) ? <mark key={i}>{part.slice(1, -1)}</mark> : part))}</>;
}

/**
 * Another page of the same results. Not prefetched (a plain next/link, prefetch off, not
 * IntentLink): a prefetch would run, and count against the reader's limit, a search they may never open.
 */
function pageHref(query: string, page: number): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set("page", String(page));
  return `/search?${params}`;
}

function hitHref(hit: SearchHit): string {
  const base = `/issues/${hit.issueSlug}`;
  return hit.kind !== "issue" && hit.sectionNumber !== null ? `${base}#section-${hit.sectionNumber}` : base;
}

/** Strips Markdown punctuation so snippets read as plain prose. */
function plain(snippet: string): string {
  return snippet
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export async function SearchResults({ searchParams }: Props) {
  // Results depend on the query: always rendered per request, never prerendered.
  await connection();
  const params = await searchParams;
  const raw = params.q;
  let result: Awaited<ReturnType<typeof searchForReader>> | null = null;
  let failed = false;
  try {
    result = await searchForReader(Array.isArray(raw) ? raw[0] : raw, Array.isArray(params.page) ? params.page[0] : params.page);
  } catch (err) {
    failed = true;
    log.error({ err: errorMessage(err) }, "search failed");
  }
  const fallback = typeof raw === "string" ? raw.slice(0, 200) : "";
  const { query, shortened, empty } = result ?? { query: fallback, shortened: false, empty: fallback.trim() === "" };
  if (empty) {
    return (
      <div id={SEARCH_RESULTS_ID}>
        <SearchForm />
        <p className="mt-8 text-stone-600 dark:text-stone-400">
          Type a word or two: search looks through every issue’s titles, summaries, sections and roundup items.
        </p>
      </div>
    );
  }

  const hits: SearchHit[] = result && !result.limited ? result.hits : [];
  const limited = result?.limited === true;
  const page = result?.page ?? 1;
  const more = result && !result.limited ? result.more : false;
  const first = (page - 1) * SEARCH_PAGE_SIZE + 1;

  return (
    <div id={SEARCH_RESULTS_ID}>
      <SearchForm value={query} />
      <div aria-live="polite" className="mt-8">
        {shortened ? (
          <p className="mb-4 text-sm text-stone-600 dark:text-stone-400">
            Your search was long, so only its first 200 characters and 12 words were used.
          </p>
        ) : null}
        {limited ? (
          <p className="rounded-xl bg-amber-50 px-4 py-3 text-amber-900 dark:bg-amber-950 dark:text-amber-100">
            You have searched many times in the last minute. Please wait a minute, then try again.
          </p>
        ) : failed ? (
          <p className="rounded-xl bg-amber-50 px-4 py-3 text-amber-900 dark:bg-amber-950 dark:text-amber-100">
            Search is not available right now. Please try again in a moment.
          </p>
        ) : hits.length === 0 && page > 1 ? (
          <div>
            <h2 className="font-serif text-2xl font-semibold">
              No more results for “<span className="break-words">{query}</span>”
            </h2>
            <p className="mt-2 text-stone-600 dark:text-stone-400">
              <NextLink className="font-semibold text-accent-800 underline dark:text-accent-300" href={pageHref(query, 1)} prefetch={false}>
                Back to the first results
              </NextLink>
            </p>
          </div>
        ) : hits.length === 0 ? (
          <div>
            <h2 className="font-serif text-2xl font-semibold">
              No results for “<span className="break-words">{query}</span>”
            </h2>
            <p className="mt-2 text-stone-600 dark:text-stone-400">
              Try fewer or different words, or browse the{" "}
              <Link className="font-semibold text-accent-800 underline dark:text-accent-300" href="/issues">
                archive
              </Link>
              .
            </p>
          </div>
        ) : (
          <>
            <h2 className="text-sm font-semibold text-stone-600 dark:text-stone-400">
              {page === 1 && !more
                ? `${hits.length} ${hits.length === 1 ? "result" : "results"}`
                : `Results ${first}–${first + hits.length - 1}`}{" "}
              for “<span className="break-words text-stone-900 dark:text-stone-100">{query}</span>”
            </h2>
            <ol start={first} className="mt-4 divide-y divide-stone-200 dark:divide-stone-800">
              {hits.map((hit, i) => (
                <li key={`${hit.issueSlug}-${hit.kind}-${i}`} className="py-5">
                  <p className="search-hit-meta">
                    {hit.issueTitle} · {formatDate(hit.publishedAt)}
                    {hit.sectionNumber !== null && hit.kind !== "issue" ? ` · section ${hit.sectionNumber}` : ""}
                  </p>
                  <h3 className="search-hit-title">
                    <Link href={hitHref(hit)} className="search-hit-link">
                      {hit.title}
                    </Link>
                  </h3>
                  <p className="search-hit-snippet">
                    <Snippet text={plain(hit.snippet)} />
                  </p>
                </li>
              ))}
            </ol>
            {page > 1 || more ? (
              <nav
                aria-label="More results"
                className="mt-6 flex flex-wrap justify-between gap-3 border-t border-stone-200 pt-6 dark:border-stone-800"
              >
                {page > 1 ? (
                  <NextLink href={pageHref(query, page - 1)} prefetch={false} rel="prev" className="nav-pill inline-flex">
                    ← Previous results
                  </NextLink>
                ) : (
                  <span />
                )}
                {more ? (
                  <NextLink href={pageHref(query, page + 1)} prefetch={false} rel="next" className="nav-pill inline-flex">
                    More results →
                  </NextLink>
                ) : null}
              </nav>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
