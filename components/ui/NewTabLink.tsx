/**
 * A link to another site that opens in a new tab without opener or referrer, and says so to
 * screen readers (`note`, e.g. "source, opens in a new tab").
 */
export function NewTabLink({
  href,
  className,
  note = "opens in a new tab",
  children,
}: {
  href: string;
  className: string;
  note?: string;
  children: React.ReactNode;
}) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="sr-only"> ({note})</span>
    </a>
  );
}
