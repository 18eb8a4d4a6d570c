/**
 * Formatting shared by pages, feeds and mail. Publication dates are shown in UTC so every reader
 * sees the same day. One date style everywhere a reader looks: day, short month name, year
 * ("24 Mar 2025", "1–6 Feb 2027"), which no reader can take for month-first or day-first.
 */

const dayMonthYear = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const shortMonth = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });

export function formatDate(date: Date): string {
  return dayMonthYear.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" of today in UTC. */
export function todayUtc(now = new Date()): string {
  return isoDate(now);
}

function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * Event dates in the same style as every other date, with the shared parts said once:
 * "16–21 Nov 2025", "28 Nov – 3 Dec 2025", "29 Dec 2025 – 3 Jan 2026", "4 Feb 2026".
 */
export function formatEventRange(startsAt: string, endsAt: string): string {
  const start = parseDay(startsAt);
  const end = parseDay(endsAt);
  const day = (d: Date) => String(d.getUTCDate());
  const month = (d: Date) => shortMonth.format(d);
  const year = (d: Date) => String(d.getUTCFullYear());
  if (startsAt === endsAt) return formatDate(start);
  if (year(start) !== year(end)) return `${formatDate(start)} – ${formatDate(end)}`;
  if (month(start) !== month(end)) return `${day(start)} ${month(start)} – ${day(end)} ${month(end)} ${year(end)}`;
  return `${day(start)}–${day(end)} ${month(end)} ${year(end)}`;
}

/** Minutes to read at about 220 words a minute; at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}
