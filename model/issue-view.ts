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
