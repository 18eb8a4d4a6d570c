import { renderMarkdown } from "@/lib/markdown";

/** Markdown rendered by the shared, sanitizing renderer and set in the editorial prose style. */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  if (!source.trim()) return null;
  return (
    <div
      className={`prose prose-stone max-w-none prose-a:text-accent-800 prose-a:decoration-accent-300 prose-a:underline-offset-2 hover:prose-a:decoration-accent-700 dark:prose-invert dark:prose-a:text-accent-300 dark:prose-a:decoration-accent-700 prose-p:leading-relaxed ${className}`}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}
