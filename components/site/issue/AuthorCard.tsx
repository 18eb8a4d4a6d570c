"use client";
import { IntentLink as Link } from "@/components/ui/IntentLink";
import type { ArticleAuthor } from "@/model/issue-view";

/** "Written by": the author's card under the article (a client component without state, like the header). */
export function AuthorCard({ author }: { author: ArticleAuthor }) {
  return (
    <section
      aria-labelledby="author-heading"
      className="flex gap-5 rounded-2xl border border-stone-200 bg-white/60 p-6 dark:border-stone-800 dark:bg-stone-900/50"
    >
      {author.photo ? (
        // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- next/image's attributes, alt included (lib/issue-article.ts)
        <img {...author.photo} className="size-18 shrink-0 rounded-full object-cover ring-2 ring-white dark:ring-stone-800" />
      ) : null}
      <div>
        <h2 id="author-heading" className="text-xs font-bold tracking-[0.18em] text-stone-500 uppercase dark:text-stone-400">
          Written by
        </h2>
        <p className="mt-1 font-serif text-xl font-semibold">
          <Link href={`/authors/${author.slug}`} className="hover:text-accent-800 hover:underline dark:hover:text-accent-200">
            {author.name}
          </Link>
        </p>
        {author.bio ? <p className="mt-2 text-sm leading-relaxed text-stone-600 dark:text-stone-400">{author.bio}</p> : null}
      </div>
    </section>
  );
}
