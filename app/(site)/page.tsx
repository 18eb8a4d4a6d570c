import Image from "@/components/ui/Image";
import { IntentLink as Link } from "@/components/ui/IntentLink";
import { CategoryChips } from "@/components/site/CategoryChips";
import { FilterChips } from "@/components/site/FilterChips";
import { IssueCard } from "@/components/site/IssueCard";
import { SignupBox } from "@/components/site/newsletter/SignupBox";
import { Tldr } from "@/components/site/issue/Tldr";
import { DateAndReadingTime } from "@/components/site/DateAndReadingTime";
import { getCategories, getIssueForReader, getLatestIssues } from "@/lib/reader/data";
import { deriveTldr } from "@/lib/tldr";

export default async function HomePage() {
  const [latest, categories] = await Promise.all([getLatestIssues(13), getCategories()]);
  const [first, ...rest] = latest;
  const lead = first ? await getIssueForReader(first.slug) : null;

  if (!lead) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-24 text-center sm:px-6">
        <h1 className="font-serif text-4xl font-semibold">Dispatch</h1>
        <p className="mt-4 text-stone-600 dark:text-stone-400">No issues have been published yet. The first one is on its way.</p>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <section aria-labelledby="lead-heading" className="grid gap-8 pt-10 pb-14 sm:pt-14 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-12">
        <div>
          <p className="text-xs font-bold tracking-[0.18em] text-accent-800 uppercase dark:text-accent-300">Latest issue</p>
          {lead.coverImage && lead.coverWidth && lead.coverHeight ? (
            <Link href={`/issues/${lead.slug}`} tabIndex={-1} aria-hidden="true">
              <Image
                src={lead.coverImage}
                alt=""
                width={lead.coverWidth}
                height={lead.coverHeight}
                priority
                sizes="(min-width: 1024px) 760px, 100vw"
                className="mt-4 aspect-[16/8] w-full rounded-2xl object-cover ring-1 ring-stone-900/5 dark:ring-white/10"
              />
            </Link>
          ) : null}
          <h1 id="lead-heading" className="mt-6 font-serif text-4xl leading-[1.08] font-semibold tracking-tight text-balance sm:text-5xl">
            <Link href={`/issues/${lead.slug}`} className="hover:text-accent-800 dark:hover:text-accent-200">
              {lead.title}
            </Link>
          </h1>
          <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
            <DateAndReadingTime publishedAt={lead.publishedAt} words={lead.words} />
          </p>
          <p className="mt-5 max-w-measure font-serif text-xl leading-relaxed text-stone-700 dark:text-stone-300">{lead.summary}</p>
          <div className="mt-5">
            <CategoryChips categories={lead.categories} />
          </div>
          <Link
            href={`/issues/${lead.slug}`}
            className="mt-7 inline-flex items-center gap-2 rounded-full bg-stone-900 px-5 py-2.5 text-sm font-semibold text-white hover:bg-accent-800 dark:bg-stone-100 dark:text-stone-950 dark:hover:bg-accent-200"
          >
            Read the issue <span aria-hidden="true">→</span>
          </Link>
        </div>
        <div className="lg:pt-8">
          <Tldr entries={deriveTldr(lead.sections)} issueHref={`/issues/${lead.slug}`} />
        </div>
      </section>

      <section aria-labelledby="browse-heading" className="border-t border-stone-200 py-10 dark:border-stone-800">
        <h2 id="browse-heading" className="mb-4 text-xs font-bold tracking-[0.18em] text-stone-600 uppercase dark:text-stone-400">
          Browse by topic
        </h2>
        <FilterChips categories={categories} />
      </section>

      <div className="pb-14">
        <SignupBox source="/" />
      </div>

      {rest.length > 0 ? (
        <section aria-labelledby="more-heading" className="border-t border-stone-200 pt-12 dark:border-stone-800">
          <div className="flex items-baseline justify-between gap-4">
            <h2 id="more-heading" className="font-serif text-3xl font-semibold tracking-tight">
              Earlier issues
            </h2>
            <Link href="/issues" className="text-sm font-semibold text-accent-800 hover:underline dark:text-accent-300">
              All issues →
            </Link>
          </div>
          <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {rest.map((issue) => (
              <li key={issue.id} className="flex">
                <IssueCard issue={issue} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
