export function ExternalIcon({ className = "size-4" }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={className} fill="none" stroke="currentColor" strokeWidth="1.6">
      <path d="M6 3.5H3.5v9h9V10M9 3h4v4M13 3 7.5 8.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** Link attributes for a source on another site: new tab, no opener, no referrer. */
export const externalLinkProps = { target: "_blank", rel: "noopener noreferrer" } as const;
