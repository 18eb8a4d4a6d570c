import { formatDate, readingMinutes } from "@/lib/format";

/** "12 March 2025 · 6 min read" for an issue in a list, inside the caller's own line. */
export function DateAndReadingTime({ publishedAt, words }: { publishedAt: Date | null; words: number }) {
  return (
    <>
      {publishedAt ? <time dateTime={publishedAt.toISOString()}>{formatDate(publishedAt)}</time> : null}
      <span aria-hidden="true"> · </span>
      {readingMinutes(words)} min read
    </>
  );
}
