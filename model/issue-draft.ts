/**
 * The shape of an issue in the editor (a draft), validated on the server at every save. Saving is
 * lenient (an unfinished draft is still saved: never lose work); publishing is strict
 * (publishProblems says what is missing).
 */
import { z } from "zod";
import { editionMonthField } from "./edition-month";
import { isLibraryImagePath, optionalHttpUrl, singleLine, slugSchema } from "./common";

export const sectionKinds = ["story", "roundup", "callout"] as const;
export type SectionKind = (typeof sectionKinds)[number];

/** Images come from our media library (or the shipped demo files), never from elsewhere. */
const imagePath = z.string().trim().max(300).refine(isLibraryImagePath, "Pick an image from the media library.");

const dimension = z.number().int().min(1).max(100_000);

const text = (max: number) => z.string().max(max, `At most ${max} characters.`).default("");
/** Titles, captions, credits, alt texts: one line (see singleLine). */
const line = (max: number) => z.string().max(max, `At most ${max} characters.`).transform(singleLine).default("");

export const figureSchema = z.object({
  src: imagePath,
  width: dimension,
  height: dimension,
  alt: line(500),
  caption: line(1000),
  credit: line(300),
});
export type FigureDraft = z.infer<typeof figureSchema>;

export const coverSchema = z.object({ src: imagePath, width: dimension, height: dimension, alt: line(500) });
export type CoverDraft = z.infer<typeof coverSchema>;

export const roundupItemSchema = z.object({
  key: z.string().max(40),
  title: line(300),
  sourceUrl: optionalHttpUrl,
  body: text(10_000),
});
export type RoundupItemDraft = z.infer<typeof roundupItemSchema>;

export const sectionDraftSchema = z.object({
  key: z.string().max(40),
  kind: z.enum(sectionKinds),
  title: line(300),
  tldr: line(300),
  sourceUrl: optionalHttpUrl,
  body: text(50_000),
  figure: figureSchema.nullable().default(null),
  items: z.array(roundupItemSchema).max(50, "At most 50 items.").default([]),
});
export type SectionDraft = z.infer<typeof sectionDraftSchema>;

export const issueDraftSchema = z.object({
  title: line(200),
  slug: slugSchema,
  summary: text(2000),
  categoryIds: z.array(z.number().int().positive()).max(10, "At most 10 categories.").default([]),
  authorId: z.number().int().positive().nullable().default(null),
  cover: coverSchema.nullable().default(null),
  seoTitle: line(120),
  seoDescription: text(300),
  editionMonth: editionMonthField,
  sections: z.array(sectionDraftSchema).max(60, "At most 60 sections.").default([]),
});
export type IssueDraft = z.infer<typeof issueDraftSchema>;

/** What keeps an issue from being published, in words an editor can act on. Empty means ready. */
export function publishProblems(draft: IssueDraft): string[] {
  const problems: string[] = [];
  if (!draft.title.trim()) problems.push("Add a title.");
  if (!draft.slug.trim()) problems.push("Add a slug.");
  if (draft.categoryIds.length === 0) problems.push("Choose at least one category.");
  if (draft.sections.length === 0) problems.push("Add at least one section.");
  draft.sections.forEach((s, i) => {
    const where = `Section ${i + 1}`;
    if (!s.title.trim()) problems.push(`${where}: add a title.`);
    if (s.figure && !s.figure.alt.trim()) problems.push(`${where}: describe the image (alt text).`);
    if (s.kind === "roundup" && s.items.length === 0) problems.push(`${where}: a roundup needs at least one item.`);
    s.items.forEach((item, j) => {
      if (!item.title.trim()) problems.push(`${where}, item ${j + 1}: add a title.`);
    });
  });
  if (draft.cover && !draft.cover.alt.trim()) problems.push("Describe the cover image (alt text).");
  return problems;
}

let keyCounter = 0;
/** A client-side key for a new section or item (stable across re-renders, not stored). */
export function newKey(prefix = "k"): string {
  keyCounter += 1;
  return `${prefix}${Date.now().toString(36)}${keyCounter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export function emptySection(kind: SectionKind): SectionDraft {
  return {
    key: newKey("s"),
    kind,
    title: "",
    tldr: "",
    sourceUrl: null,
    body: "",
    figure: null,
    items: kind === "roundup" ? [emptyItem()] : [],
  };
}

export function emptyItem(): RoundupItemDraft {
  return { key: newKey("i"), title: "", sourceUrl: null, body: "" };
}
