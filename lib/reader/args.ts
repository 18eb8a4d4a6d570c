/**
 * The arguments of every "use cache" reader function, as zod schemas. Next registers each of
 * those functions as a server reference that anyone can call with a `Next-Action` header and
 * arguments of their own choosing, past proxy.ts and the page, so each one parses its arguments
 * here before it touches the database. A value that does not parse gets the empty answer (no
 * issue, no page), which is what a reader following a bad link would see.
 */
import { z } from "zod";
import { slugPattern } from "@/model/common";

export const readerSlug = z.string().max(120).regex(slugPattern);
/** Lists a page may ask for: the home page's latest issues, a feed. */
export const readerLimit = z.number().int().min(1).max(50);
/** A 1-based page number; far past the last page is simply empty. */
export const readerPage = z.number().int().min(1).max(100_000);
/** One sitemap file's slice of the issues (lib/reader/sitemap.ts: at most 50,000 a file). */
export const readerSitemapSlice = z.object({
  offset: z.number().int().min(0).max(100_000_000),
  limit: z.number().int().min(1).max(50_000),
});
/** Category filters in the path: at most as many as the editor allows on one issue. */
export const readerSlugList = z.array(readerSlug).min(1).max(10);

/** The parsed value, or undefined when the caller sent something no page would send. */
export function readerArg<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
