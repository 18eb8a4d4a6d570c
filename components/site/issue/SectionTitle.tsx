import { safeHttpUrl } from "@/model/url";
import { ExternalIcon, externalLinkProps } from "./ExternalIcon";

/** A numbered section heading; the title links to the longer source article when there is one. */
export function SectionTitle({ number, title, sourceUrl: rawUrl }: { number: number; title: string; sourceUrl: string | null }) {
  // Validation allows only http(s); this keeps any older or imported row from becoming a live link.
  const sourceUrl = safeHttpUrl(rawUrl);
  return (
    <div className="flex items-start gap-4 sm:gap-5">
      <span aria-hidden="true" className="section-number">
        {number}
      </span>
      <h2 className="section-heading">
        <span className="sr-only">{number}. </span>
        {sourceUrl ? (
          <a href={sourceUrl} {...externalLinkProps} className="section-link">
            {title}
            <ExternalIcon className="ml-1.5 size-4" />
            <span className="sr-only"> (source, opens in a new tab)</span>
          </a>
        ) : (
          title
        )}
      </h2>
    </div>
  );
}
