/** Formatting shared by pages, feeds and mail. Publication dates are shown in UTC so every reader sees the same day. */

const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const shortDay = new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone: "UTC" });
const monthYear = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date): string {
  return longDate.format(date);
}

export function formatMonth(date: Date): string {
  return monthYear.format(date);
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

/** Event dates like "Sun 16.11 → Fri 21.11 2025" (year shown on both ends when they differ). */
export function formatEventRange(startsAt: string, endsAt: string): string {
  const start = parseDay(startsAt);
  const end = parseDay(endsAt);
  const dm = (d: Date) => `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  const startYear = start.getUTCFullYear();
  const endYear = end.getUTCFullYear();
  const left = `${shortDay.format(start)} ${dm(start)}${startYear !== endYear ? ` ${startYear}` : ""}`;
  return `${left} → ${shortDay.format(end)} ${dm(end)} ${endYear}`;
}

/** Minutes to read at about 220 words a minute; at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}
