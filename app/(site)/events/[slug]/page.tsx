import type { Metadata } from "next";
import { alternates } from "@/lib/metadata";
import { IntentLink as Link } from "@/components/ui/IntentLink";
import { NewTabLink } from "@/components/ui/NewTabLink";
import { notFound } from "next/navigation";
import { formatEventRange } from "@/lib/format";
import { isSafeHttpUrl } from "@/model/url";
import { getEvent } from "@/lib/reader/data";
import { BUILD_PLACEHOLDER } from "@/lib/reader/build-params";

type Props = { params: Promise<{ slug: string }> };

/** Nothing is prerendered from the database (lib/reader/build-params.ts). */
export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await getEvent((await params).slug);
  if (!data) return { title: "Event not found" };
  const { event } = data;
  return { title: event.title, description: event.summary, alternates: alternates(`/events/${event.slug}`) };
}

export default async function EventPage({ params }: Props) {
  const data = await getEvent((await params).slug);
  if (!data) notFound();
  const { event, past } = data;
  return (
    <div className="mx-auto max-w-3xl px-4 pt-10 sm:px-6 sm:pt-14">
      <p className="text-sm">
        <Link href="/events" className="font-semibold text-accent-800 hover:underline dark:text-accent-300">
          ← All study tours
        </Link>
      </p>
      <div className="mt-6 flex flex-wrap items-center gap-3">
        <h1 className="font-serif text-4xl font-semibold tracking-tight sm:text-5xl">{event.title}</h1>
        {event.isNew && !past ? (
          <span className="rounded-full bg-accent-700 px-2.5 py-0.5 text-xs font-bold tracking-wider text-white uppercase dark:bg-accent-300 dark:text-stone-950">
            New
          </span>
        ) : null}
      </div>
      <dl className="mt-6 grid gap-4 rounded-2xl border border-stone-200 bg-white/70 p-6 sm:grid-cols-2 dark:border-stone-800 dark:bg-stone-900/50">
        <div>
          <dt className="text-xs font-bold tracking-[0.18em] text-stone-500 uppercase">Dates</dt>
          <dd className="mt-1 font-semibold tabular-nums">{formatEventRange(event.startsAt, event.endsAt)}</dd>
        </div>
        <div>
          <dt className="text-xs font-bold tracking-[0.18em] text-stone-500 uppercase">Cities</dt>
          <dd className="mt-1 font-semibold">{event.location || "To be announced"}</dd>
        </div>
      </dl>
      {past ? (
        <p className="mt-6 rounded-xl bg-stone-100 px-4 py-3 text-sm text-stone-700 dark:bg-stone-900 dark:text-stone-300">
          This tour has taken place.
        </p>
      ) : null}
      {event.summary ? <p className="mt-8 text-lg leading-relaxed text-stone-700 dark:text-stone-300">{event.summary}</p> : null}
      {event.url && isSafeHttpUrl(event.url) && !past ? (
        <NewTabLink
          href={event.url}
          className="mt-8 inline-flex rounded-full bg-accent-700 px-6 py-3 text-sm font-semibold text-white hover:bg-accent-800 dark:bg-accent-300 dark:text-stone-950 dark:hover:bg-accent-200"
        >
          Programme and booking
        </NewTabLink>
      ) : null}
    </div>
  );
}
