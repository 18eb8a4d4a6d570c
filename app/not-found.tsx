import { NotFoundMessage } from "@/components/site/NotFoundMessage";
import { SiteFrame } from "@/components/site/SiteFrame";

/**
 * The root layout's 404, for a `notFound()` no nearer not-found.tsx catches (URLs no route matches
 * get app/global-not-found.tsx). Without this file Next's own 404, with its inline styles, sat in
 * every page's React payload as the root layout's fallback: about 1 KB of each page's HTML.
 */
export default function RootNotFound() {
  return (
    <SiteFrame>
      <NotFoundMessage />
    </SiteFrame>
  );
}
