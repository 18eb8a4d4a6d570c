import { IntentLink as Link } from "@/components/ui/IntentLink";
import { Chip } from "@/components/ui/Chip";
import type { CategoryWithCount } from "@/db/queries/categories";
import { togglePath } from "@/lib/reader/category-path";

/**
 * Category filter chips: plain links (they work without JavaScript) that add or remove one
 * category from the path. Active chips carry aria-current and a visible check mark.
 */
export function FilterChips({ categories, active = [] }: { categories: CategoryWithCount[]; active?: string[] }) {
  return (
    <nav aria-label="Filter by category" className="flex flex-wrap items-center gap-2">
      <ul className="flex flex-wrap gap-2">
        {categories.map((c) => {
          const on = active.includes(c.slug);
          return (
            <li key={c.slug}>
              <Chip href={togglePath(active, c.slug, categories)} active={on} size="md">
                {on ? (
                  <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="2.2">
                    <path d="m3.5 8.5 3 3 6-7" strokeLinecap="round" strokeLinejoin="round" />
                  </svg>
                ) : null}
                <span>{c.name}</span>
                <span className={on ? "font-normal" : "font-normal text-stone-600 dark:text-stone-400"}>
                  <span className="sr-only">(</span>
                  {c.issueCount}
                  <span className="sr-only">
                    {" "}
                    {c.issueCount === 1 ? "issue" : "issues"}
                    {on ? ", selected: select to remove" : ""})
                  </span>
                </span>
              </Chip>
            </li>
          );
        })}
      </ul>
      {active.length > 0 ? (
        <Link
          href="/issues"
          className="ml-1 text-sm font-semibold text-stone-600 underline decoration-stone-300 underline-offset-4 hover:text-accent-800 dark:text-stone-400 dark:hover:text-accent-300"
        >
          Clear filters
        </Link>
      ) : null}
    </nav>
  );
}
