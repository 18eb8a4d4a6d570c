/**
 * The sitemap, written by hand because it must split: one file holds at most 50,000 URLs
 * (sitemaps.org), so past that `/sitemap.xml` becomes an index of `/sitemaps/<n>.xml` files, each
 * a slice of the issues, plus one for the other pages.
 */
import { escapeHtml } from "@/lib/escape-html";

export const SITEMAP_MAX_URLS = 50_000;

export type SitemapEntry = { url: string; lastModified?: Date; changeFrequency?: string; priority?: number };

export function urlsetXml(entries: SitemapEntry[]): string {
  const urls = entries.map((e) =>
    [
      "<url>",
      `<loc>${escapeHtml(e.url)}</loc>`,
      e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>` : "",
      e.changeFrequency ? `<changefreq>${e.changeFrequency}</changefreq>` : "",
      e.priority !== undefined ? `<priority>${e.priority}</priority>` : "",
      "</url>",
    ].join(""),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

export function sitemapIndexXml(files: Array<{ url: string; lastModified?: Date }>): string {
  const items = files.map(
    (f) =>
      `<sitemap><loc>${escapeHtml(f.url)}</loc>${f.lastModified ? `<lastmod>${f.lastModified.toISOString()}</lastmod>` : ""}</sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`;
}

/** How many issue files the index needs (file 0 holds the other pages). */
export function issueFileCount(issueCount: number, perFile = SITEMAP_MAX_URLS): number {
  return Math.ceil(issueCount / perFile);
}

export const sitemapHeaders = { "Content-Type": "application/xml; charset=utf-8" };
