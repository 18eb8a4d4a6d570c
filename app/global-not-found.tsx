import type { Metadata, Viewport } from "next";
import { DocumentShell, siteViewport } from "./document-shell";
import { NotFoundMessage } from "@/components/site/NotFoundMessage";
import { SiteFrame } from "@/components/site/SiteFrame";
import "./reader.css";

/**
 * The 404 for a URL no route matches, rendered on its own, without the root layout (Next's
 * `global-not-found`). As the root layout's `not-found.tsx` it was embedded, header, message and
 * footer, in the React payload of every page on the site: 6 KB of each reader page's HTML.
 * `notFound()` inside the reader uses app/(site)/not-found.tsx, inside the editor
 * app/editor/not-found.tsx.
 */
export const metadata: Metadata = { title: "Page not found · Dispatch", robots: { index: false } };
export const viewport: Viewport = siteViewport;

export default function GlobalNotFound() {
  return (
    <DocumentShell>
      <SiteFrame>
        <NotFoundMessage />
      </SiteFrame>
    </DocumentShell>
  );
}
