import { deriveTldr } from "@/lib/tldr";
import type { IssueViewSection } from "@/model/issue-view";

/** The numbered TL;DR, derived from the sections; each entry jumps to its section. */
export function Tldr({ sections }: { sections: IssueViewSection[] }) {
  const entries = deriveTldr(sections);
  if (entries.length === 0) return null;
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
            <a href={`#${e.anchor}`} className="tldr-link">
              <span className="sr-only">{e.number}. </span>
              {e.headline}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
