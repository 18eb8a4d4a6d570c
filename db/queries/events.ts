/** Events (study tours): the reader's queries, then the editor's. Dates are calendar dates, compared as YYYY-MM-DD. */
import "server-only";
import { asc, desc, eq, gte, lt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { events, type Event } from "@/db/schema";
import { unlessSlugTaken } from "./slug-taken";

/** The next event that has not ended yet, or null. `today` is YYYY-MM-DD. */
export async function getNextUpcomingEvent(today: string) {
  const db = await getDb();
  const [row] = await db.select().from(events).where(gte(events.endsAt, today)).orderBy(asc(events.startsAt)).limit(1);
  return row ?? null;
}

/** The events page shows at most this many upcoming and this many past tours. */
export const EVENTS_LIST_LIMIT = 24;

export async function listUpcomingEvents(today: string) {
  const db = await getDb();
  return db.select().from(events).where(gte(events.endsAt, today)).orderBy(asc(events.startsAt)).limit(EVENTS_LIST_LIMIT);
}

/** The most recent past tours (the page says how many earlier ones there are). */
export async function listPastEvents(today: string) {
  const db = await getDb();
  return db.select().from(events).where(lt(events.endsAt, today)).orderBy(desc(events.startsAt)).limit(EVENTS_LIST_LIMIT);
}

export async function getEventBySlug(slug: string) {
  const db = await getDb();
  const [row] = await db.select().from(events).where(eq(events.slug, slug)).limit(1);
  return row ?? null;
}

export async function listAllEvents() {
  const db = await getDb();
  return db.select().from(events).orderBy(desc(events.startsAt));
}

export async function listEventsForEditor() {
  const db = await getDb();
  return db.select().from(events).orderBy(desc(events.startsAt));
}

/** Every field of an event but those the database keeps itself. */
export type EventInput = Omit<Event, "id" | "createdAt" | "updatedAt">;

export async function saveEventForEditor(id: number | null, input: EventInput) {
  const db = await getDb();
  return unlessSlugTaken(async () => {
    if (id === null) {
      await db.insert(events).values(input);
    } else {
      await db
        .update(events)
        .set({ ...input, updatedAt: sql`now()` })
        .where(eq(events.id, id));
    }
    return { slugs: [input.slug] };
  });
}

export async function deleteEventForEditor(id: number): Promise<boolean> {
  const db = await getDb();
  const rows = await db.delete(events).where(eq(events.id, id)).returning({ id: events.id });
  return rows.length > 0;
}
