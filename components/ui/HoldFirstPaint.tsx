/**
 * Holds the browser's first paint (`<link rel="expect" blocking="render">`, which React hoists
 * into <head>) until the element with id `until` has been parsed (or the whole document, if no
 * element has that id).
 *
 * Why: React reveals a streamed Suspense boundary no sooner than 300 ms after the page's first
 * paint (its anti-flicker throttle, not configurable). When the shell paints a fallback first and
 * the content follows 50 ms later, the reader still waits 300 ms for it. Holding the
 * first paint until the content is in the document lets React reveal it in the very first frame:
 * sign-in to dashboard went from 559 to 207 ms in `npm run bench:signin`. Use it only where the
 * content is bounded and fast; browsers without `rel=expect` paint as before.
 */
export function HoldFirstPaint({ until }: { until: string }) {
  return <link rel="expect" href={`#${until}`} blocking="render" />;
}
