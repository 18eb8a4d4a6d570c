import { SiteFrame } from "@/components/site/SiteFrame";

/**
 * Reader pages may block until their data is read (no loading.tsx skeleton before them): the data
 * comes from the cache in milliseconds, and a page whose content waits behind a Suspense boundary
 * is revealed no sooner than 300 ms after the skeleton paints (React's anti-flicker throttle),
 * which was most of a phone's time to the largest paint. Blocking, the cached page is whole HTML:
 * the first paint shows the content. A page's first render after a restart waits for the
 * database once (0.1–0.5 s), then comes from the cache.
 */
export const instant = false;

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
