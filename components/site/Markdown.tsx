import { renderMarkdown } from "@/lib/markdown";

/** Markdown rendered by the shared, sanitizing renderer and set in the editorial prose style. */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  if (!source.trim()) return null;
  return (
    <div
      className={`prose-dispatch ${className}`}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}
