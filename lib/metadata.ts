import type { Metadata } from "next";

const siteFeed = { "application/rss+xml": [{ url: "/feed.xml", title: "Dispatch" }] };

/**
 * Canonical URL plus the feed link. Next merges metadata per top-level key, so a page that sets
 * `alternates` must repeat the feed or lose it.
 */
export function alternates(path: string, extraFeed?: { url: string; title: string }): Metadata["alternates"] {
  return {
    canonical: path,
    types: { "application/rss+xml": [...siteFeed["application/rss+xml"], ...(extraFeed ? [extraFeed] : [])] },
  };
}

export const siteAlternates: Metadata["alternates"] = { types: siteFeed };
