import type { Metadata } from "next";
import Image from "@/components/ui/Image";
import { notFound } from "next/navigation";
import { IssueListByMonth } from "@/components/site/IssueList";
import { Pagination } from "@/components/site/Pagination";
import { isSafeHttpUrl } from "@/model/url";
import { alternates } from "@/lib/metadata";
import { getAuthorPage } from "@/lib/reader/data";
import { listPagePath } from "@/lib/reader/pages";

/** The author's name and bio; the canonical is the page's own path. */
export async function authorMetadata(slug: string, page: number): Promise<Metadata> {
  const data = await getAuthorPage(slug, page);
  if (!data) return { title: "Author not found" };
  return {
    title: `${data.author.name}${page > 1 ? `, page ${page}` : ""}`,
    description: data.author.bio.slice(0, 200),
    alternates: alternates(listPagePath(`/authors/${data.author.slug}`, page)),
    openGraph: { type: "profile", title: data.author.name, description: data.author.bio.slice(0, 200) },
  };
}

/** An author's card and one page of their issues. */
export async function AuthorView({ slug, page }: { slug: string; page: number }) {
  const data = await getAuthorPage(slug, page);
  if (!data || page > data.pages) notFound();
  const { author, issues, total, pages } = data;
  const links = author.links.filter((l) => isSafeHttpUrl(l.url));
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <header className="flex flex-col gap-6 pt-10 pb-10 sm:flex-row sm:items-center sm:pt-14">
        {author.photo ? (
          <Image
            src={author.photo}
            alt={author.photoAlt}
            width={144}
            height={144}
            priority
            className="size-28 rounded-full object-cover ring-4 ring-white sm:size-36 dark:ring-stone-800"
          />
        ) : null}
        <div className="max-w-2xl">
          <p className="text-xs font-bold tracking-[0.18em] text-accent-800 uppercase dark:text-accent-300">Author</p>
          <h1 className="mt-1 font-serif text-4xl font-semibold tracking-tight sm:text-5xl">{author.name}</h1>
          {author.bio ? <p className="mt-4 text-lg leading-relaxed text-stone-700 dark:text-stone-300">{author.bio}</p> : null}
          {links.length > 0 ? (
            <ul aria-label="Links" className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-sm font-semibold">
              {links.map((l) => (
                <li key={l.url}>
                  <a
                    href={l.url}
                    target="_blank"
                    rel="noopener noreferrer me"
                    className="text-accent-800 underline decoration-accent-300 underline-offset-4 hover:decoration-accent-700 dark:text-accent-300 dark:decoration-accent-700"
                  >
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </header>
      <h2 className="border-t border-stone-200 pt-10 font-serif text-2xl font-semibold dark:border-stone-800">
        Issues by {author.name} <span className="text-stone-500 dark:text-stone-400">({total.toLocaleString("en-US")})</span>
      </h2>
      <div className="mt-8">
        {issues.length > 0 ? (
          <IssueListByMonth issues={issues} />
        ) : (
          <p className="text-stone-600 dark:text-stone-400">No published issues yet.</p>
        )}
      </div>
      <Pagination base={`/authors/${author.slug}`} page={page} pages={pages} />
    </div>
  );
}
