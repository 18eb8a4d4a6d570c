import type { Metadata } from "next";
import { alternates } from "@/lib/metadata";
import { IntentLink as Link } from "@/components/ui/IntentLink";
import { PageIntro } from "@/components/site/PageIntro";
import { getCategories } from "@/lib/reader/data";

export const metadata: Metadata = {
  title: "Categories",
  description: "Browse Dispatch by topic: China, the future, generative AI and more.",
  alternates: alternates("/categories"),
};

export default async function CategoriesPage() {
  const categories = await getCategories();
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <PageIntro eyebrow="Browse" title="Categories">
        <p>Every issue carries one or more topics. Open one, then add others to combine them.</p>
      </PageIntro>
      <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
        {categories.map((c) => (
          <li
            key={c.slug}
            className="relative rounded-2xl border border-stone-200 bg-white/70 p-6 transition-shadow hover:shadow-lg hover:shadow-stone-900/5 dark:border-stone-800 dark:bg-stone-900/50"
          >
            <h2 className="font-serif text-2xl font-semibold">
              <Link
                href={`/categories/${c.slug}`}
                className="after:absolute after:inset-0 hover:text-accent-800 dark:hover:text-accent-200"
              >
                {c.name}
              </Link>
            </h2>
            <p className="mt-1 text-sm font-medium text-accent-800 dark:text-accent-300">
              {c.issueCount} {c.issueCount === 1 ? "issue" : "issues"}
            </p>
            {c.description ? <p className="mt-3 text-sm leading-relaxed text-stone-600 dark:text-stone-400">{c.description}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
