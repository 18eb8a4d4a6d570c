import type { Metadata } from "next";
import { alternates } from "@/lib/metadata";
import { notFound, permanentRedirect } from "next/navigation";
import { FilterChips } from "@/components/site/FilterChips";
import { IssueGridByMonth } from "@/components/site/IssueGrid";
import { PageIntro } from "@/components/site/PageIntro";
import { parseCategoryPath } from "@/lib/reader/category-path";
import { getCategories, getIssuesInCategories } from "@/lib/reader/data";
import { BUILD_PLACEHOLDER } from "@/lib/reader/build-params";

type Props = { params: Promise<{ slugs: string }> };

/** Nothing is prerendered from the database (lib/reader/build-params.ts). */
export function generateStaticParams() {
  return [{ slugs: BUILD_PLACEHOLDER }];
}

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

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { parsed, categories } = await resolve((await params).slugs);
  if (!parsed.ok) return { title: "Category not found" };
  const names = parsed.selected.map((c) => c.name);
  const one = parsed.selected.length === 1 ? categories.find((c) => c.slug === parsed.selected[0].slug) : undefined;
  return {
    title: names.join(" + "),
    description: one?.description || `Dispatch issues about ${joinNames(names)}.`,
    alternates: alternates(parsed.canonical, one ? { url: `/categories/${one.slug}/feed.xml`, title: `Dispatch — ${one.name}` } : undefined),
  };
}

export default async function CategoryPage({ params }: Props) {
  const raw = (await params).slugs;
  const { categories, parsed } = await resolve(raw);
  if (!parsed.ok) notFound();
  if (parsed.canonical !== `/categories/${safeDecode(raw)}`) permanentRedirect(parsed.canonical);
  const slugs = parsed.selected.map((c) => c.slug);
  const issues = await getIssuesInCategories(slugs);
  const single = slugs.length === 1 ? categories.find((c) => c.slug === slugs[0]) : undefined;

  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <PageIntro eyebrow={single ? "Category" : "Categories"} title={parsed.selected.map((c) => c.name).join(" + ")}>
        {single?.description ? <p>{single.description}</p> : null}
        <p className="text-base">
          {issues.length} {issues.length === 1 ? "issue" : "issues"}
          {slugs.length > 1 ? ` in ${joinNames(parsed.selected.map((c) => c.name))}` : ""}, newest first.
          {single ? (
            <>
              {" "}
              <a href={`/categories/${single.slug}/feed.xml`} className="font-medium text-accent-800 underline decoration-accent-300 underline-offset-2 dark:text-accent-300">
                RSS feed
              </a>
            </>
          ) : null}
        </p>
      </PageIntro>
      <FilterChips categories={categories} active={slugs} />
      <div className="mt-10">
        {issues.length > 0 ? (
          <IssueGridByMonth issues={issues} />
        ) : (
          <p className="text-stone-600 dark:text-stone-400">No issues in {joinNames(parsed.selected.map((c) => c.name))} yet.</p>
        )}
      </div>
    </div>
  );
}
