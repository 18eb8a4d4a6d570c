/** What the issue components need; the reader page and the editor preview both provide it. */
export type IssueViewItem = {
  id: number | string;
  title: string;
  sourceUrl: string | null;
  body: string;
  /** The body already rendered (off the main thread, on the server); rendered here when absent. */
  html?: string;
};

export type IssueViewSection = {
  id: number | string;
  kind: "story" | "roundup" | "callout";
  title: string;
  tldr: string | null;
  sourceUrl: string | null;
  body: string;
  /** The body already rendered (off the main thread, on the server); rendered here when absent. */
  html?: string;
  image: string | null;
  imageAlt: string;
  imageWidth: number | null;
  imageHeight: number | null;
  caption: string | null;
  credit: string | null;
  items: IssueViewItem[];
};

/**
 * A section as the reader's article draws it (lib/issue-article.ts shapes it from the view). The
 * sections are rendered by a client component, so these are exactly the props each issue page
 * sends to the browser in its React payload: HTML without its Markdown source, links already
 * checked, and nothing the article does not draw.
 */
export type ArticleItem = { id: number | string; title: string; sourceUrl: string | null; html: string };

/** An <img>'s attributes as the image optimizer gives them (srcset, sizes, lazy loading, …). */
export type ImgAttributes = {
  src: string;
  alt: string;
  width?: number | string;
  height?: number | string;
  srcSet?: string;
  sizes?: string;
  loading?: "lazy" | "eager";
  decoding?: "async" | "auto" | "sync";
  fetchPriority?: "high" | "low" | "auto";
  style?: Record<string, string>;
};

export type ArticleFigure = { img: ImgAttributes; caption: string | null; credit: string | null };

export type ArticleSection = {
  id: number | string;
  kind: IssueViewSection["kind"];
  /** The reader-facing number; null for a callout, which is not numbered. */
  number: number | null;
  title: string;
  /** http(s) only, or null. */
  sourceUrl: string | null;
  /** Sanitized HTML of the body; "" when the body is empty. */
  html: string;
  figure: ArticleFigure | null;
  items: ArticleItem[];
};

/** The issue's header as the article draws it: the date and reading time already written out. */
export type ArticleHeader = {
  categories: { slug: string; name: string }[];
  title: string;
  /** The publication time (ISO) and the date readers see; null for an unpublished draft. */
  published: { iso: string; label: string } | null;
  minutes: number;
  author: { slug: string; name: string } | null;
  summary: string;
  /** The cover's <img> attributes, at high priority: it is on the first screen. */
  cover: ImgAttributes | null;
};

/** The author's card under the article. */
export type ArticleAuthor = { slug: string; name: string; bio: string; photo: ImgAttributes | null };

/** The next study tour under the article: its dates written out, its link http(s) only. */
export type ArticleEvent = {
  slug: string;
  title: string;
  isNew: boolean;
  dates: string;
  location: string;
  summary: string;
  url: string | null;
};

export type IssueViewAuthor = {
  slug: string;
  name: string;
  bio: string;
  photo: string | null;
  photoAlt: string;
};

export type IssueView = {
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date | null;
  coverImage: string | null;
  coverAlt: string;
  coverWidth: number | null;
  coverHeight: number | null;
  words: number;
  author: IssueViewAuthor | null;
  categories: { slug: string; name: string }[];
  sections: IssueViewSection[];
};

export type EventView = {
  slug: string;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string;
  summary: string;
  url: string | null;
  isNew: boolean;
};
