import { NewEventBadge } from "@/components/site/NewEventBadge";
import { IntentLink as Link } from "@/components/ui/IntentLink";
import type { ReaderEvent } from "@/lib/reader/reader-view";
import { formatEventRange } from "@/lib/format";

/** One study tour in a list: dates, title, "New" badge, cities, link. */
export function EventCard({ event, past = false }: { event: ReaderEvent; past?: boolean }) {
  return (
    <article
      className={`relative grid gap-4 rounded-2xl border p-6 sm:grid-cols-[12rem_minmax(0,1fr)] ${past ? "border-stone-200 bg-transparent dark:border-stone-800" : "border-accent-200 bg-white/70 dark:border-accent-900 dark:bg-stone-900/50"}`}
    >
      <p className="text-sm font-semibold text-stone-700 tabular-nums dark:text-stone-300">
        {formatEventRange(event.startsAt, event.endsAt)}
      </p>
      <div>
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="font-serif text-2xl font-semibold">
            <Link href={`/events/${event.slug}`} className="after:absolute after:inset-0 hover:text-accent-800 dark:hover:text-accent-200">
              {event.title}
            </Link>
          </h3>
          {event.isNew && !past ? <NewEventBadge /> : null}
        </div>
        {event.location ? <p className="mt-1 text-sm font-medium text-stone-600 dark:text-stone-400">{event.location}</p> : null}
        {event.summary ? <p className="mt-3 max-w-measure leading-relaxed text-stone-700 dark:text-stone-300">{event.summary}</p> : null}
      </div>
    </article>
  );
}
