/**
 * RSS 2.0 feeds (the `feed` package writes and escapes the XML), cached like the pages and
 * invalidated by the same tags.
 */
import { Feed } from "feed";
import { cacheLife, cacheTag } from "next/cache";
import { listCategoriesWithCounts } from "@/db/queries/categories";
import { listPublishedIssues } from "@/db/queries/issues/reader";
import { tags } from "@/lib/cache-tags";
import { absoluteUrl, env } from "@/lib/env";
import { coverEnclosure } from "@/lib/og/cover-image";
import { escapeHtml } from "@/lib/escape-html";
import { readerArg, readerSlug } from "@/lib/reader/args";

const FEED_SIZE = 20;

/**
 * Any text made safe for every place the feed package puts it. It writes titles and
 * descriptions as CDATA without splitting `]]>` (a title holding `]]>` twice closed the section
 * and injected raw XML), and no XML 1.0 document may hold most control characters at all. The
 * split `]]]]><![CDATA[>` reads back as the same `]]>`.
 */
function cdataSafe(text: string): string {
  // The XML writer (xml-js) splits the first `]]>` itself (String.replace without /g); the
  // rest are split here. tests/security/public-surface.test.ts parses the result strictly.
  let first = true;
  return xmlText(text).replace(/\]\]>/g, (end) => {
    if (first) {
      first = false;
      return end;
    }
    return "]]]]><![CDATA[>";
  });
}
/** For fields the package escapes itself (channel title, categories, author): no CDATA trick. */
function xmlText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
}

function buildFeed(options: { title: string; description: string; path: string; feedPath: string }) {
  return new Feed({
    title: xmlText(options.title),
    description: xmlText(options.description),
    id: absoluteUrl(options.path),
    link: absoluteUrl(options.path),
    language: "en",
    copyright: `© ${new Date().getUTCFullYear()} Dispatch`,
    updated: undefined,
    generator: "Dispatch",
    feedLinks: { rss: absoluteUrl(options.feedPath) },
  });
}

/** RSS 2.0's <author> must hold an address; bylines use the publication's sender address. */
function publisherAddress(): string {
  const from = env().MAIL_FROM;
  return from.match(/<([^>]+)>/)?.[1] ?? from;
}

/** The cover as an RSS enclosure: a raster image with its real type and length (lib/og/cover-image.ts). */
async function enclosureOf(cover: string | null) {
  const found = cover ? await coverEnclosure(cover) : null;
  return found ? { url: absoluteUrl(found.path), type: found.type, length: found.length } : undefined;
}

async function addIssues(feed: Feed, categorySlugs?: string[]) {
  const issues = await listPublishedIssues({ limit: FEED_SIZE, categorySlugs });
  for (const issue of issues) {
    const url = absoluteUrl(`/issues/${issue.slug}`);
    feed.addItem({
      title: cdataSafe(issue.title),
      id: url,
      link: url,
      // Feed readers show <description> as HTML; the summary is plain text.
      description: cdataSafe(escapeHtml(issue.summary)),
      date: issue.publishedAt,
      author: issue.authorName
        ? [
            {
              name: xmlText(issue.authorName),
              email: publisherAddress(),
              link: issue.authorSlug ? absoluteUrl(`/authors/${issue.authorSlug}`) : undefined,
            },
          ]
        : undefined,
      category: issue.categories.map((c) => ({ name: xmlText(c.name), domain: absoluteUrl(`/categories/${c.slug}`) })),
      enclosure: await enclosureOf(issue.coverImage),
    });
  }
  if (issues[0]) feed.options.updated = issues[0].publishedAt;
}

/** The site feed: the latest 20 issues. */
export async function siteFeedXml(): Promise<string> {
  "use cache";
  cacheLife("max");
  cacheTag(tags.issueLists, tags.categories, tags.authors);
  const feed = buildFeed({
    title: "Dispatch",
    description: "Monthly news on innovation in China, the future and generative AI.",
    path: "/",
    feedPath: "/feed.xml",
  });
  await addIssues(feed);
  return feed.rss2();
}

/** One category's feed, or null for an unknown category. */
export async function categoryFeedXml(rawSlug: string): Promise<string | null> {
  "use cache";
  const slug = readerArg(readerSlug, rawSlug);
  if (slug === undefined) return null;
  cacheLife("max");
  cacheTag(tags.issueLists, tags.categories, tags.category(slug));
  const category = (await listCategoriesWithCounts()).find((c) => c.slug === slug);
  if (!category) return null;
  const feed = buildFeed({
    title: `Dispatch — ${category.name}`,
    description: escapeHtml(category.description || `Dispatch issues about ${category.name}.`),
    path: `/categories/${slug}`,
    feedPath: `/categories/${slug}/feed.xml`,
  });
  await addIssues(feed, [slug]);
  return feed.rss2();
}

export const feedHeaders = {
  "Content-Type": "application/rss+xml; charset=utf-8",
  "Cache-Control": "public, max-age=300, stale-while-revalidate=3600",
};
