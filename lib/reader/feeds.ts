/**
 * RSS 2.0 feeds (the `feed` package writes and escapes the XML), cached like the pages and
 * invalidated by the same tags.
 */
import { Feed } from "feed";
import { cacheLife, cacheTag } from "next/cache";
import { listCategoriesWithCounts } from "@/db/queries/categories";
import { listPublishedIssues } from "@/db/queries/issues";
import { tags } from "@/lib/cache-tags";
import { absoluteUrl, env } from "@/lib/env";
import { escapeHtml } from "@/lib/escape-html";

const FEED_SIZE = 20;

function buildFeed(options: { title: string; description: string; path: string; feedPath: string }) {
  return new Feed({
    title: options.title,
    description: options.description,
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

async function addIssues(feed: Feed, categorySlugs?: string[]) {
  const issues = await listPublishedIssues({ limit: FEED_SIZE, categorySlugs });
  for (const issue of issues) {
    const url = absoluteUrl(`/issues/${issue.slug}`);
    feed.addItem({
      title: issue.title,
      id: url,
      link: url,
      // Feed readers show <description> as HTML; the summary is plain text.
      description: escapeHtml(issue.summary),
      date: issue.publishedAt,
      author: issue.authorName ? [{ name: issue.authorName, email: publisherAddress(), link: issue.authorSlug ? absoluteUrl(`/authors/${issue.authorSlug}`) : undefined }] : undefined,
      category: issue.categories.map((c) => ({ name: c.name, domain: absoluteUrl(`/categories/${c.slug}`) })),
      image: issue.coverImage ? absoluteUrl(issue.coverImage) : undefined,
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
export async function categoryFeedXml(slug: string): Promise<string | null> {
  "use cache";
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
