/**
 * Shapes of the demo content. The seed inserts these by slug and skips what already exists,
 * so running it twice changes nothing.
 */
export type DemoCategory = { slug: string; name: string; description: string; position: number };

export type DemoAuthor = {
  slug: string;
  name: string;
  bio: string;
  /** Path under public/, e.g. "/demo/authors/mei-lin.svg". */
  photo: string | null;
  photoAlt: string;
  links: { label: string; url: string }[];
};

export type DemoFigure = {
  /** Path under public/, e.g. "/demo/2025-02/tiangong.svg". */
  image: string;
  alt: string;
  width: number;
  height: number;
  caption: string;
  credit: string;
};

export type DemoRoundupItem = { title: string; sourceUrl?: string; body: string };

export type DemoSection =
  | {
      kind: "story";
      title: string;
      tldr: string;
      sourceUrl?: string;
      /** Markdown. */
      body: string;
      figure?: DemoFigure;
    }
  | {
      kind: "roundup";
      title: string;
      tldr: string;
      sourceUrl?: string;
      /** Markdown intro above the items (may be empty). */
      body: string;
      items: DemoRoundupItem[];
    }
  | {
      kind: "callout";
      title: string;
      /** Markdown: a short paragraph, a bullet list and a link styled as a button. */
      body: string;
      sourceUrl?: string;
    };

export type DemoIssue = {
  slug: string;
  title: string;
  summary: string;
  /** ISO date-time in UTC, e.g. "2025-03-24T08:00:00Z". */
  publishedAt: string;
  /** "published" for all but one demo draft. */
  status: "published" | "draft";
  /** Category slugs; the first is the primary one. */
  categories: string[];
  authorSlug: string;
  cover?: { image: string; alt: string; width: number; height: number };
  seoTitle?: string;
  seoDescription?: string;
  /** "YYYY-MM"; defaults to the month named in the title. */
  editionMonth?: string;
  sections: DemoSection[];
};

export type DemoEvent = {
  slug: string;
  title: string;
  /** "YYYY-MM-DD", or a function of the day the seed runs (upcoming events stay upcoming). */
  startsAt: string | ((today: Date) => string);
  endsAt: string | ((today: Date) => string);
  location: string;
  summary: string;
  url: string | null;
  isNew: boolean;
};
