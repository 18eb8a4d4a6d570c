import { NotFoundMessage } from "@/components/site/NotFoundMessage";

/**
 * A 404 inside the reader layout, which draws the header and footer already. Without this file
 * the root not-found (header, message, footer) was embedded in every reader page's React payload
 * a second time, as this layout's not-found fallback: about 5 KB per page.
 */
export default function SiteNotFound() {
  return <NotFoundMessage />;
}
