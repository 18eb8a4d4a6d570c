/**
 * Maps an editor draft to the reader's IssueView, so the preview renders the very component the
 * reader page uses (components/site/issue/IssueArticle, which takes the view type of model/issue-view.ts). Pure: runs on the server and in the browser.
 */
import type { IssueView, IssueViewAuthor } from "@/model/issue-view";
import type { IssueDraft } from "@/model/issue-draft";
import { issueWordCount } from "@/model/issue";

export type CategoryOption = { id: number; slug: string; name: string };
export type AuthorOption = IssueViewAuthor & { id: number };

export function draftToView(
  draft: IssueDraft,
  context: { categories: CategoryOption[]; authors: AuthorOption[]; publishedAt: Date | null },
): IssueView {
  const byId = new Map(context.categories.map((c) => [c.id, c]));
  const author = context.authors.find((a) => a.id === draft.authorId) ?? null;
  return {
    slug: draft.slug,
    title: draft.title || "Untitled issue",
    summary: draft.summary,
    publishedAt: context.publishedAt,
    coverImage: draft.cover?.src ?? null,
    coverAlt: draft.cover?.alt ?? "",
    coverWidth: draft.cover?.width ?? null,
    coverHeight: draft.cover?.height ?? null,
    words: issueWordCount(draft),
    author: author ? { slug: author.slug, name: author.name, bio: author.bio, photo: author.photo, photoAlt: author.photoAlt } : null,
    categories: draft.categoryIds.flatMap((id) => {
      const c = byId.get(id);
      return c ? [{ slug: c.slug, name: c.name }] : [];
    }),
    sections: draft.sections.map((s) => ({
      id: s.key,
      kind: s.kind,
      title: s.title || "Untitled section",
      tldr: s.tldr.trim() ? s.tldr : null,
      sourceUrl: s.sourceUrl,
      body: s.body,
      image: s.kind === "story" ? (s.figure?.src ?? null) : null,
      imageAlt: s.figure?.alt ?? "",
      imageWidth: s.figure?.width ?? null,
      imageHeight: s.figure?.height ?? null,
      caption: s.figure?.caption.trim() ? s.figure.caption : null,
      credit: s.figure?.credit.trim() ? s.figure.credit : null,
      items:
        s.kind === "roundup"
          ? s.items.map((i) => ({ id: i.key, title: i.title || "Untitled item", sourceUrl: i.sourceUrl, body: i.body }))
          : [],
    })),
  };
}
