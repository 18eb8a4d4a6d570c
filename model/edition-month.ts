import { z } from "zod";

/**
 * The month an edition is *about* ("November 2025"), which is not always the month it went out
 * (a November edition published on 2 December). Stored as "YYYY-MM"; the editor sets it, and
 * when it is empty the reader lists fall back to the "Month YYYY" in the title, then to the
 * publication date.
 */
export const editionMonthSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Use the form YYYY-MM, e.g. 2025-11.");

/** The form field: a month or empty. */
export const editionMonthField = z.union([z.literal(""), editionMonthSchema]).optional();

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const titleMonth = new RegExp(`\\b(${MONTHS.join("|")})\\s+((?:19|20)\\d{2})\\b`, "i");

/** "YYYY-MM" from a title such as "Chinese Innovation News – November 2025", or null. */
export function editionMonthFromTitle(title: string): string | null {
  const m = titleMonth.exec(title);
  if (!m) return null;
  return `${m[2]}-${String(MONTHS.indexOf(m[1].toLowerCase()) + 1).padStart(2, "0")}`;
}

/** The month an issue is grouped under: the editor's, else the title's, else the publication month (UTC). */
export function editionMonthOf(issue: { editionMonth?: string | null; title: string; publishedAt: Date }): string {
  if (issue.editionMonth && editionMonthSchema.safeParse(issue.editionMonth).success) return issue.editionMonth;
  return editionMonthFromTitle(issue.title) ?? issue.publishedAt.toISOString().slice(0, 7);
}

const monthName = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "2025-11" → "November 2025". */
export function formatEditionMonth(month: string): string {
  return monthName.format(new Date(`${month}-01T00:00:00Z`));
}
