import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";

/**
 * Reader pages may block until their data is read (no loading.tsx skeleton before them): the data
 * comes from the cache in milliseconds, and a page whose content waits behind a Suspense boundary
 * is revealed no sooner than 300 ms after the skeleton paints (React's anti-flicker throttle),
 * which was most of a phone's time to the largest paint. Blocking, the cached page is whole HTML:
 * the first paint shows the content. A page's first render after a restart waits for the
 * database once (0.1–0.5 s), then comes from the cache.
 */
export const instant = false;

/** A column as tall as the screen at least, so a short page still ends with its footer at the bottom. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-4 focus:z-50 focus:rounded-full focus:bg-accent-700 focus:px-4 focus:py-2 focus:text-white"
      >
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
