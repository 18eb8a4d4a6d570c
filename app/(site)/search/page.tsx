import type { Metadata } from "next";
import { Suspense } from "react";
import { PageIntro } from "@/components/site/PageIntro";
import { SearchForm } from "./SearchForm";
import { HoldFirstPaint } from "@/components/ui/HoldFirstPaint";
import { SEARCH_RESULTS_ID, SearchResults } from "./SearchResults";

export const metadata: Metadata = {
  title: "Search",
  description: "Search every Dispatch issue, section and roundup item.",
  robots: { index: false, follow: true },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The page shell is static; only the results read the query, inside Suspense, so the rest of
 * the page still comes from the prerender.
 */
export default function SearchPage({ searchParams }: Props) {
  return (
    <div className="mx-auto max-w-3xl px-4 sm:px-6">
      {/* A bounded search answers in tens of milliseconds: paint the results, not the empty form first. */}
      <HoldFirstPaint until={SEARCH_RESULTS_ID} />
      <PageIntro eyebrow="Search" title="Search the archive" />
      {/* Room for the results before they stream in, so the footer below does not jump (layout shift). */}
      <div className="min-h-[70vh]">
        <Suspense fallback={<SearchForm />}>
          <SearchResults searchParams={searchParams} />
        </Suspense>
      </div>
    </div>
  );
}
