"use client";
import { NewEventBadge } from "@/components/site/NewEventBadge";
import { IntentLink as Link } from "@/components/ui/IntentLink";
import { NewTabLink } from "@/components/ui/NewTabLink";
import type { ArticleEvent } from "@/model/issue-view";

/**
 * "Join us on our next experience": the next upcoming study tour (a client component without
 * state, like the header: the payload carries the event, not this markup).
 */
export function NextEvent({ event }: { event: ArticleEvent }) {
  return (
    <section
      aria-labelledby="next-event-heading"
      className="rounded-2xl border border-accent-200 bg-accent-50/70 p-6 dark:border-accent-900 dark:bg-accent-950/40"
    >
      <h2 id="next-event-heading" className="text-xs font-bold tracking-[0.18em] text-accent-800 uppercase dark:text-accent-300">
        Join us on our next experience
      </h2>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <p className="font-serif text-xl font-semibold">
          <Link href={`/events/${event.slug}`} className="hover:text-accent-800 hover:underline dark:hover:text-accent-200">
            {event.title}
          </Link>
        </p>
        {event.isNew ? <NewEventBadge /> : null}
      </div>
      <p className="mt-2 text-sm font-medium text-stone-700 tabular-nums dark:text-stone-300">{event.dates}</p>
      {event.location ? <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{event.location}</p> : null}
      {event.summary ? <p className="mt-3 text-sm leading-relaxed text-stone-700 dark:text-stone-300">{event.summary}</p> : null}
      {event.url ? (
        <NewTabLink
          href={event.url}
          className="mt-4 inline-flex items-center rounded-full border border-accent-700 px-4 py-1.5 text-sm font-semibold text-accent-800 hover:bg-accent-700 hover:text-white dark:border-accent-300 dark:text-accent-200 dark:hover:bg-accent-300 dark:hover:text-stone-950"
        >
          Discover the tour
        </NewTabLink>
      ) : null}
    </section>
  );
}
