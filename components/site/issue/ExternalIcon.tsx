/**
 * The "opens elsewhere" arrow, drawn by CSS (.icon-external in app/styles/common.css): it appears dozens of
 * times per issue, and inline SVG would be sent twice per page (HTML and React payload).
 */
export function ExternalIcon({ className = "" }: { className?: string }) {
  return <span aria-hidden="true" className={`icon-external ${className}`} />;
}

/** Link attributes for a source on another site: new tab, no opener, no referrer. */
export const externalLinkProps = { target: "_blank", rel: "noopener noreferrer" } as const;
