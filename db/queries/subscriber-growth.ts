/** The list's growth per day: confirmations in, unsubscribes and bounces out. */
import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import type { GrowthDay } from "@/model/subscriber-growth";

function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

export type { GrowthDay };

/**
 * Every day (UTC) on which someone confirmed or left, oldest first. A subscriber who confirmed
 * and later left counts on both days, so the running sum is the confirmed list of each day.
 */
export async function subscriberChangesPerDayForEditor(): Promise<GrowthDay[]> {
  const db = await getDb();
  const rows = await db.execute(sql`
    with joined as (
      select date_trunc('day', confirmed_at at time zone 'UTC') as d, count(*)::int as n
      from subscribers where confirmed_at is not null group by 1
    ), gone as (
      select date_trunc('day', coalesce(unsubscribed_at, updated_at) at time zone 'UTC') as d, count(*)::int as n
      from subscribers where confirmed_at is not null and status in ('unsubscribed', 'bounced') group by 1
    )
    select to_char(coalesce(j.d, g.d), 'YYYY-MM-DD') as day, coalesce(j.n, 0) as joined, coalesce(g.n, 0) as "left"
    from joined j full join gone g on g.d = j.d order by 1`);
  return rowsOf<GrowthDay>(rows);
}
