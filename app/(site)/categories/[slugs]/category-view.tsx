import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { FilterChips } from "@/components/site/FilterChips";
import { IssueListByMonth } from "@/components/site/IssueList";
import { PageIntro } from "@/components/site/PageIntro";
import { Pagination } from "@/components/site/Pagination";
import { alternates } from "@/lib/metadata";
import { parseCategoryPath } from "@/lib/reader/category-path";
import { getCategories, getCategoryPage } from "@/lib/reader/data";
import { listPagePath } from "@/lib/reader/pages";

async function resolve(raw: string) {
  const categories = await getCategories();
  const parsed = parseCategoryPath(raw, categories);
  return { categories, parsed };
}

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

/** Title, description, canonical (the page's own path) and, for one category, its feed. */
export async function categoryMetadata(raw: string, page: number): Promise<Metadata> {
  const { parsed, categories } = await resolve(raw);
  if (!parsed.ok) return { title: "Category not found" };
  const names = parsed.selected.map((c) => c.name);
  const one = parsed.selected.length === 1 ? categories.find((c) => c.slug === parsed.selected[0].slug) : undefined;
  return {
    title: `${names.join(" + ")}${page > 1 ? `, page ${page}` : ""}`,
    description: one?.description || `Dispatch issues about ${joinNames(names)}.`,
    alternates: alternates(
      listPagePath(parsed.canonical, page),
      one ? { url: `/categories/${one.slug}/feed.xml`, title: `Dispatch — ${one.name}` } : undefined,
    ),
  };
}

/** One page of a category or a combination of categories, with the chips and pagination. */
export async function CategoryView({ raw, page }: { raw: string; page: number }) {
  const { categories, parsed } = await resolve(raw);
  if (!parsed.ok) notFound();
  if (parsed.canonical !== `/categories/${safeDecode(raw)}`) permanentRedirect(listPagePath(parsed.canonical, page));
  const slugs = parsed.selected.map((c) => c.slug);
  const { issues, total, pages } = await getCategoryPage(slugs, page);
  if (page > pages) notFound();
  const single = slugs.length === 1 ? categories.find((c) => c.slug === slugs[0]) : undefined;
  const names = joinNames(parsed.selected.map((c) => c.name));

  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <PageIntro eyebrow={single ? "Category" : "Categories"} title={parsed.selected.map((c) => c.name).join(" + ")}>
        {single?.description ? <p>{single.description}</p> : null}
        <p className="text-base">
          {total.toLocaleString("en-US")} {total === 1 ? "issue" : "issues"}
          {slugs.length > 1 ? ` in ${names}` : ""}, newest first{pages > 1 ? ` · page ${page} of ${pages}` : ""}.
          {single ? (
            <>
              {" "}
              <a
                href={`/categories/${single.slug}/feed.xml`}
                className="font-medium text-accent-800 underline decoration-accent-300 underline-offset-2 dark:text-accent-300"
              >
                RSS feed
              </a>
            </>
          ) : null}
        </p>
      </PageIntro>
      <FilterChips categories={categories} active={slugs} />
      <div className="mt-10">
        {issues.length > 0 ? (
          <IssueListByMonth issues={issues} />
        ) : (
          <p className="text-stone-600 dark:text-stone-400">No issues in {names} yet.</p>
        )}
      </div>
      <Pagination base={parsed.canonical} page={page} pages={pages} />
    </div>
  );
}
