import { NewTabLink } from "@/components/ui/NewTabLink";

/** What a screen reader hears after a link to a section's or an item's source. */
export const SOURCE_NOTE = "source, opens in a new tab";

/**
 * A numbered section heading; the title links to the longer source article when there is one
 * (`sourceUrl` is http(s) already: lib/issue-article.ts). The arrow after a source link is drawn
 * by CSS (.section-link, .roundup-link in app/styles/common.css): it follows dozens of links per issue.
 */
export function SectionTitle({ number, title, sourceUrl }: { number: number; title: string; sourceUrl: string | null }) {
  return (
    <div className="flex items-start gap-4 sm:gap-5">
      <span aria-hidden="true" className="section-number">
        {number}
      </span>
      <h2 className="section-heading">
        <span className="sr-only">{number}. </span>
        {sourceUrl ? (
          <NewTabLink href={sourceUrl} className="section-link" note={SOURCE_NOTE}>
            {title}
          </NewTabLink>
        ) : (
          title
        )}
      </h2>
    </div>
  );
}
