/**
 * Holds the browser's first paint (`<link rel="expect" blocking="render">`, which React hoists
 * into <head>) until the element with id `until` has been parsed, or, without `until`, until the
 * whole document has been parsed (the link then names an id no element has, which the browser
 * stops waiting for when parsing ends).
 *
 * Why: React reveals a streamed Suspense boundary no sooner than 300 ms after the page's first
 * paint (its anti-flicker throttle, not configurable). When the shell paints a fallback first and
 * the content follows 50 ms later, the reader still waits 300 ms for it, and every reader page
 * streams its content after the shell (params and the page's data resolve after it). Holding the
 * first paint until the content is in the document lets React reveal it in the very first frame:
 * sign-in to dashboard went from 559 to 232 ms in `npm run bench:signin`. Use it only where the
 * content is bounded and fast; browsers without `rel=expect` paint as before.
 */
const UNTIL_PARSED = "dispatch-document-parsed";

export function HoldFirstPaint({ until = UNTIL_PARSED }: { until?: string }) {
  return <link rel="expect" href={`#${until}`} blocking="render" />;
}
