/**
 * What a reader may see of the rows the reader functions load. The cached functions return
 * these projections only: everything they return can be read by anyone who calls them through
 * the action protocol, so who created or last saved an issue, its version, its schedule and
 * internal timestamps never leave the server.
 */
import type { PublishedIssue } from "@/db/queries/issues/reader";
import type { authors, events } from "@/db/schema";

type AuthorRow = typeof authors.$inferSelect;
type EventRow = typeof events.$inferSelect;

export function readerAuthor(a: AuthorRow) {
  return { slug: a.slug, name: a.name, bio: a.bio, photo: a.photo, photoAlt: a.photoAlt, links: a.links };
}

/** The sitemap's author list also needs when the byline last changed. */
export function readerAuthorForSitemap(a: AuthorRow) {
  return { slug: a.slug, updatedAt: a.updatedAt };
}

export function readerEvent(e: EventRow) {
  return {
    slug: e.slug,
    title: e.title,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    location: e.location,
    summary: e.summary,
    url: e.url,
    isNew: e.isNew,
    updatedAt: e.updatedAt,
  };
}

export function readerIssue(issue: PublishedIssue) {
  return {
    slug: issue.slug,
    title: issue.title,
    summary: issue.summary,
    publishedAt: issue.publishedAt,
    updatedAt: issue.updatedAt,
    coverImage: issue.coverImage,
    coverAlt: issue.coverAlt,
    coverWidth: issue.coverWidth,
    coverHeight: issue.coverHeight,
    seoTitle: issue.seoTitle,
    seoDescription: issue.seoDescription,
    words: issue.words,
    author: issue.author ? readerAuthor(issue.author) : null,
    categories: issue.categories.map((c) => ({ slug: c.slug, name: c.name, description: c.description })),
    sections: issue.sections.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      tldr: s.tldr,
      sourceUrl: s.sourceUrl,
      body: s.body,
      image: s.image,
      imageAlt: s.imageAlt,
      imageWidth: s.imageWidth,
      imageHeight: s.imageHeight,
      caption: s.caption,
      credit: s.credit,
      items: s.items.map((i) => ({ id: i.id, title: i.title, sourceUrl: i.sourceUrl, body: i.body })),
    })),
  };
}

export type ReaderEvent = ReturnType<typeof readerEvent>;
export type ReaderIssue = ReturnType<typeof readerIssue>;
