import { renderMarkdown } from "@/lib/markdown";

/**
 * Markdown set in the editorial prose style: `html` when the server rendered it already (off the
 * main thread, lib/markdown-off-thread.ts), else rendered here by the shared sanitizing renderer
 * (the editor's live preview, in the browser).
 */
export function Markdown({ source, html, className = "" }: { source: string; html?: string; className?: string }) {
  if (!source.trim()) return null;
  return <div className={`prose-dispatch ${className}`} dangerouslySetInnerHTML={{ __html: html ?? renderMarkdown(source) }} />;
}
