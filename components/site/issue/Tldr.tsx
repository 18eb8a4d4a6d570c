"use client";
/**
 * The numbered TL;DR (entries derived from the sections by lib/tldr.ts); each entry jumps to its
 * section. A client component without state, for the reason ArticleSections.tsx gives: the page
 * sends the entries, not the list's tree. Elsewhere than on the issue itself (the home page's
 * lead), `issueHref` makes each entry open the issue at that section.
 */
import { IntentLink } from "@/components/ui/IntentLink";
import type { TldrEntry } from "@/lib/tldr";

export function Tldr({ entries, issueHref }: { entries: TldrEntry[]; issueHref?: string }) {
  if (entries.length === 0) return null;
  // An in-page jump is a plain anchor; a jump into the issue from elsewhere goes through the router.
  const Entry = issueHref ? IntentLink : "a";
  return (
    <nav
      aria-labelledby="tldr-heading"
      className="rounded-2xl border border-stone-200 bg-white/70 p-5 dark:border-stone-800 dark:bg-stone-900/60"
    >
      <h2 id="tldr-heading" className="text-xs font-bold tracking-[0.18em] text-accent-800 uppercase dark:text-accent-300">
        TL;DR
      </h2>
      <ol className="mt-3 space-y-2.5 text-[0.95rem] leading-snug">
        {entries.map((e) => (
          <li key={e.anchor} className="flex gap-3">
            <span aria-hidden="true" className="tldr-number">
              {e.number}
            </span>
            <Entry href={`${issueHref ?? ""}#${e.anchor}`} className="tldr-link">
              <span className="sr-only">{e.number}. </span>
              {e.headline}
            </Entry>
          </li>
        ))}
      </ol>
    </nav>
  );
}
