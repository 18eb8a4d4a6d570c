/** A body in the editorial prose style, from HTML the shared sanitizing renderer produced. */
export function Prose({ html, className }: { html: string; className: string }) {
  if (!html) return null;
  return <div className={`prose-dispatch ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
