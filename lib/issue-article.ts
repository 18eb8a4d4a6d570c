/**
 * The view's sections shaped for the reader's article (model/issue-view.ts, ArticleSection): numbered,
 * links checked, bodies as HTML. Pure: runs on the server for the reader page and in the browser
 * for the editor's live preview.
 */
import { numberSections } from "@/lib/tldr";
import { safeHttpUrl } from "@/model/url";
import type { ArticleSection, ImgAttributes, IssueViewSection } from "@/model/issue-view";

/** The two renderers the article needs, given by the caller so that this stays free of both. */
export type ArticleRenderers = {
  /** Markdown to sanitized HTML, for a body the server did not render already. */
  markdown: (source: string) => string;
  /** A figure's <img> attributes (the image optimizer's srcset and sizes). */
  image: (image: { src: string; alt: string; width: number; height: number; sizes: string }) => ImgAttributes;
};

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
