/**
 * Category filters live in the path (`/categories/china+generative-ai`) so that every
 * combination is its own cacheable page. Slugs are kept in the editorial order of the categories,
 * which makes one canonical path per combination.
 */
export type CategoryRef = { slug: string; name: string; position: number };

export type ParsedCategoryPath = { ok: true; selected: CategoryRef[]; canonical: string } | { ok: false };

export function categoryPath(slugs: string[]): string {
  return slugs.length === 0 ? "/issues" : `/categories/${slugs.join("+")}`;
}

/** Parses a path segment such as "china+generative-ai" against the known categories. */
export function parseCategoryPath(raw: string, all: CategoryRef[]): ParsedCategoryPath {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { ok: false };
  }
  // "+" may arrive as a space when a client form-encodes the path.
  const wanted = decoded.split(/[+ ,]/).filter(Boolean);
  if (wanted.length === 0 || wanted.length > all.length) return { ok: false };
  const bySlug = new Map(all.map((c) => [c.slug, c]));
  const selected = [...new Set(wanted)].map((s) => bySlug.get(s));
  if (selected.some((c) => !c)) return { ok: false };
  const ordered = (selected as CategoryRef[]).sort((a, b) => a.position - b.position || a.slug.localeCompare(b.slug));
  return { ok: true, selected: ordered, canonical: categoryPath(ordered.map((c) => c.slug)) };
}

/** The path after toggling one category on or off in the current selection. */
export function togglePath(current: string[], slug: string, all: CategoryRef[]): string {
  const next = current.includes(slug) ? current.filter((s) => s !== slug) : [...current, slug];
  const order = new Map(all.map((c) => [c.slug, c.position]));
  return categoryPath(next.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0) || a.localeCompare(b)));
}
