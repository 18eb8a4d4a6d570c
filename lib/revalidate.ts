/**
 * Invalidates exactly the cache tags a reader-visible write touched. In server actions with
 * updateTag (read-your-own-writes); in route handlers and jobs with revalidateTag(tag,
 * { expire: 0 }) — "max" would serve the stale page (even a cached 404) once more (STACK.md).
 */
import { revalidateTag, updateTag } from "next/cache";
import { tags } from "@/lib/cache-tags";

export type IssueTagSource = { slug: string; status: string; categorySlugs: string[]; authorSlug: string | null };

/**
 * The tags of an issue change seen before and after it: nothing when neither state was
 * published (drafts are invisible to readers); otherwise the lists, both slugs, every category
 * and author on either side.
 */
export function tagsForIssueChange(...states: IssueTagSource[]): string[] {
  const visible = states.filter((s) => s.status === "published");
  if (visible.length === 0) return [];
  const out = new Set<string>([tags.issueLists, tags.categories]);
  for (const s of visible) {
    out.add(tags.issue(s.slug));
    for (const c of s.categorySlugs) out.add(tags.category(c));
    if (s.authorSlug) out.add(tags.author(s.authorSlug));
  }
  return [...out];
}

/** In a server action. */
export function invalidateFromAction(list: string[]): void {
  for (const tag of list) updateTag(tag);
}

/** In a route handler or job. */
export function invalidateFromHandler(list: string[]): void {
  for (const tag of list) revalidateTag(tag, { expire: 0 });
}
