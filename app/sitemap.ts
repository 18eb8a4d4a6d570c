import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/env";
import { getAuthorsForSitemap, getCategories, getEventSlugs, getPublishedSlugs } from "@/lib/reader/data";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [issues, categories, authors, events] = await Promise.all([
    getPublishedSlugs(),
    getCategories(),
    getAuthorsForSitemap(),
    getEventSlugs(),
  ]);
  const newest = issues[0]?.updatedAt;
  return [
    { url: absoluteUrl("/"), lastModified: newest, changeFrequency: "weekly", priority: 1 },
    { url: absoluteUrl("/issues"), lastModified: newest, changeFrequency: "weekly" },
    { url: absoluteUrl("/events"), changeFrequency: "monthly" },
    ...issues.map((i) => ({ url: absoluteUrl(`/issues/${i.slug}`), lastModified: i.updatedAt, changeFrequency: "monthly" as const, priority: 0.8 })),
    ...categories.map((c) => ({ url: absoluteUrl(`/categories/${c.slug}`), lastModified: newest, changeFrequency: "weekly" as const })),
    ...authors.map((a) => ({ url: absoluteUrl(`/authors/${a.slug}`), lastModified: a.updatedAt })),
    ...events.map((e) => ({ url: absoluteUrl(`/events/${e.slug}`), lastModified: e.updatedAt })),
  ];
}
