/**
 * Invalidates exactly the cache tags a reader-visible write touched. In server actions with
 * updateTag (read-your-own-writes); in route handlers and jobs with revalidateTag(tag,
 * { expire: 0 }) — "max" is stale-while-revalidate: it served the stale page (even a cached 404)
 * once more after a publish (measured).
 * With REDIS_URL the tags are invalidated for every instance (lib/cache/); with VARNISH_URL the
 * same tags are then purged from Varnish (xkey), after Next's own invalidation has landed.
 */
import { revalidateTag, updateTag } from "next/cache";
import { after } from "next/server";
import { tags } from "@/lib/cache-tags";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { noteReaderListsChanged } from "@/lib/server/lists-changed";

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
  afterInvalidation(list);
}

/** In a route handler or job. */
export function invalidateFromHandler(list: string[]): void {
  for (const tag of list) revalidateTag(tag, { expire: 0 });
  afterInvalidation(list);
}

/**
 * The path guard reloads its slug lists (an unpublished issue is a 404 at once). Next applies
 * the tag invalidations above when the action or handler has finished, before it answers;
 * after() runs once the answer is sent, so Varnish never refetches a page that Next would still
 * serve from its old cache entry.
 */
function afterInvalidation(list: string[]): void {
  if (list.length === 0) return;
  noteReaderListsChanged();
  if (env().VARNISH_URL) after(() => purgeVarnish(list));
}

/**
 * Asks Varnish to drop every page tagged with one of the tags (deploy/varnish/default.vcl).
 * Never throws: a failed purge is logged and the editor's action has succeeded anyway (the
 * pages then expire after their s-maxage, lib/http-cache.ts).
 */
export async function purgeVarnish(list: string[], url = env().VARNISH_URL, secret = env().VARNISH_PURGE_SECRET): Promise<boolean> {
  if (!url || list.length === 0) return true;
  try {
    const response = await fetch(url, {
      method: "PURGE",
      headers: { xkey: list.join(" "), ...(secret ? { "x-purge-secret": secret } : {}) },
      signal: AbortSignal.timeout(3_000),
    });
    if (!response.ok) throw new Error(`Varnish answered ${response.status}`);
    log.debug({ tags: list }, "varnish purged");
    return true;
  } catch (err) {
    log.error({ tags: list, err: (err as Error).message }, "varnish purge failed");
    return false;
  }
}
