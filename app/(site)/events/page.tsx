import type { Metadata } from "next";
import { alternates } from "@/lib/metadata";
import { PageIntro } from "@/components/site/PageIntro";
import { getEventsOverview } from "@/lib/reader/data";
import { EventCard } from "./EventCard";

export const metadata: Metadata = {
  title: "Study tours",
  description: "Join Dispatch on a study tour into China's most innovative companies.",
  alternates: alternates("/events"),
};

export default async function EventsPage() {
  const { upcoming, past } = await getEventsOverview();
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <PageIntro eyebrow="Experiences" title="Study tours">
        <p>We take leadership teams into the companies and labs our issues write about.</p>
      </PageIntro>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" className="font-serif text-2xl font-semibold">
          Upcoming
        </h2>
        {upcoming.length > 0 ? (
          <ul className="mt-5 space-y-4">
            {upcoming.map((e) => (
              <li key={e.slug}>
                <EventCard event={e} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-4 text-stone-600 dark:text-stone-400">
            No tours are scheduled right now. Subscribe to hear about the next one first.
          </p>
        )}
      </section>
      {past.length > 0 ? (
        <section aria-labelledby="past-heading" className="mt-14">
          <h2 id="past-heading" className="font-serif text-2xl font-semibold text-stone-600 dark:text-stone-400">
            Past tours
          </h2>
          <ul className="mt-5 space-y-4">
            {past.map((e) => (
              <li key={e.slug}>
                <EventCard event={e} past />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
