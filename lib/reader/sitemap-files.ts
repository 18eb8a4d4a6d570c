/**
 * The sitemap's files from the reader data: the whole map while it fits in one file, else an
 * index, file 0 (home, lists, categories, authors, events) and files 1…n (issues, 50,000 each).
 */
import { absoluteUrl } from "@/lib/env";
import { getAuthorsForSitemap, getCategories, getEventSlugs, getPublishedCount, getPublishedSlugs } from "./data";
import { issueFileCount, SITEMAP_MAX_URLS, sitemapIndexXml, urlsetXml, type SitemapEntry } from "./sitemap";

async function otherPages(newest: Date | undefined): Promise<SitemapEntry[]> {
  const [categories, authors, events] = await Promise.all([getCategories(), getAuthorsForSitemap(), getEventSlugs()]);
  return [
    { url: absoluteUrl("/"), lastModified: newest, changeFrequency: "weekly", priority: 1 },
    { url: absoluteUrl("/issues"), lastModified: newest, changeFrequency: "weekly" },
    { url: absoluteUrl("/events"), changeFrequency: "monthly" },
    ...categories.map((c) => ({ url: absoluteUrl(`/categories/${c.slug}`), lastModified: newest, changeFrequency: "weekly" })),
    ...authors.map((a) => ({ url: absoluteUrl(`/authors/${a.slug}`), lastModified: a.updatedAt })),
    ...events.map((e) => ({ url: absoluteUrl(`/events/${e.slug}`), lastModified: e.updatedAt })),
  ];
}

async function issuePages(file: number): Promise<SitemapEntry[]> {
  const slugs = await getPublishedSlugs((file - 1) * SITEMAP_MAX_URLS, SITEMAP_MAX_URLS);
  return slugs.map((i) => ({
    url: absoluteUrl(`/issues/${i.slug}`),
    lastModified: i.updatedAt,
    changeFrequency: "monthly",
    priority: 0.8,
  }));
}

/** `/sitemap.xml`. */
export async function sitemapXml(): Promise<string> {
  const [count, [newest]] = await Promise.all([getPublishedCount(), getPublishedSlugs(0, 1)]);
  const others = await otherPages(newest?.updatedAt);
  if (count + others.length <= SITEMAP_MAX_URLS) return urlsetXml([...others, ...(count > 0 ? await issuePages(1) : [])]);
  const files = Array.from({ length: issueFileCount(count) + 1 }, (_, n) => ({
    url: absoluteUrl(`/sitemaps/${n}.xml`),
    lastModified: newest?.updatedAt,
  }));
  return sitemapIndexXml(files);
}

/** `/sitemaps/<n>.xml`, or null past the last file (or while one file is enough). */
export async function sitemapFileXml(file: number): Promise<string | null> {
  const count = await getPublishedCount();
  const [newest] = await getPublishedSlugs(0, 1);
  const others = await otherPages(newest?.updatedAt);
  if (count + others.length <= SITEMAP_MAX_URLS || file > issueFileCount(count)) return null;
  return urlsetXml(file === 0 ? others : await issuePages(file));
}
