/**
 * Every cache tag the reader side uses, named once. A write that a reader can see invalidates
 * exactly the tags it touched (see lib/revalidate.ts).
 */
export const tags = {
  /** Any list of issues: home, archive, category pages, feeds, sitemap. */
  issueLists: "issues",
  issue: (slug: string) => `issue:${slug}`,
  category: (slug: string) => `category:${slug}`,
  categories: "categories",
  author: (slug: string) => `author:${slug}`,
  authors: "authors",
  events: "events",
} as const;
