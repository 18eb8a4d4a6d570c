/**
 * The issue view shaped for the reader's article (model/issue-view.ts, Article*): sections
 * numbered, links checked, bodies as HTML, dates written out, pictures as <img> attributes. The
 * article's parts are client components, so these are exactly the props an issue page sends to
 * the browser in its React payload. Pure: runs on the server for the reader page and in the
 * browser for the editor's live preview.
 */
import { formatDate, formatEventRange, readingMinutes } from "@/lib/format";
import { numberSections } from "@/lib/tldr";
import { safeHttpUrl } from "@/model/url";
import type {
  ArticleAuthor,
  ArticleEvent,
  ArticleHeader,
  ArticleSection,
  EventView,
  ImgAttributes,
  IssueView,
  IssueViewAuthor,
  IssueViewSection,
} from "@/model/issue-view";

/** The two renderers the article needs, given by the caller so that this stays free of both. */
export type ArticleRenderers = {
  /** Markdown to sanitized HTML, for a body the server did not render already. */
  markdown: (source: string) => string;
  /** A figure's <img> attributes (the image optimizer's srcset and sizes). */
  image: (image: { src: string; alt: string; width: number; height: number; sizes?: string; priority?: boolean }) => ImgAttributes;
};

/** The cover spans the page: the 1104 px column on a desktop, the screen on a phone. */
export const COVER_SIZES = "(min-width: 1152px) 1104px, 100vw";

export function articleHeader(issue: IssueView, render: ArticleRenderers): ArticleHeader {
  return {
    categories: issue.categories.map((c) => ({ slug: c.slug, name: c.name })),
    title: issue.title,
    published: issue.publishedAt ? { iso: issue.publishedAt.toISOString(), label: formatDate(issue.publishedAt) } : null,
    minutes: readingMinutes(issue.words),
    author: issue.author ? { slug: issue.author.slug, name: issue.author.name } : null,
    summary: issue.summary,
    cover:
      issue.coverImage && issue.coverWidth && issue.coverHeight
        ? render.image({
            src: issue.coverImage,
            alt: issue.coverAlt,
            width: issue.coverWidth,
            height: issue.coverHeight,
            sizes: COVER_SIZES,
            priority: true,
          })
        : null,
  };
}

export function articleAuthor(author: IssueViewAuthor, render: ArticleRenderers): ArticleAuthor {
  return {
    slug: author.slug,
    name: author.name,
    bio: author.bio,
    photo: author.photo ? render.image({ src: author.photo, alt: author.photoAlt, width: 72, height: 72 }) : null,
  };
}

export function articleEvent(event: EventView): ArticleEvent {
  return {
    slug: event.slug,
    title: event.title,
    isNew: event.isNew,
    dates: formatEventRange(event.startsAt, event.endsAt),
    location: event.location,
    summary: event.summary,
    url: safeHttpUrl(event.url),
  };
}

/** Figures span the text column: full width on a phone, the 720 px measure on a desktop. */
export const FIGURE_SIZES = "(min-width: 1024px) 720px, 100vw";

export function articleSections(sections: IssueViewSection[], render: ArticleRenderers): ArticleSection[] {
  const html = (source: string, rendered: string | undefined) => (source.trim() ? (rendered ?? render.markdown(source)) : "");
  return numberSections(sections).map((s) => ({
    id: s.id,
    kind: s.kind,
    number: s.number,
    title: s.title,
    // Validation allows only http(s); this keeps any older or imported row from becoming a live link.
    sourceUrl: safeHttpUrl(s.sourceUrl),
    html: html(s.body, s.html),
    figure:
      s.kind === "story" && s.image && s.imageWidth && s.imageHeight
        ? {
            img: render.image({ src: s.image, alt: s.imageAlt, width: s.imageWidth, height: s.imageHeight, sizes: FIGURE_SIZES }),
            caption: s.caption,
            credit: s.credit,
          }
        : null,
    items: s.items.map((i) => ({ id: i.id, title: i.title, sourceUrl: safeHttpUrl(i.sourceUrl), html: html(i.body, i.html) })),
  }));
}
