import { NotFoundMessage } from "@/components/site/NotFoundMessage";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";

/** A 404 outside the reader layout (app/(site)/not-found.tsx is the one inside it). */
export default function NotFound() {
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader />
      <main id="main" className="flex-1">
        <NotFoundMessage />
      </main>
      <SiteFooter />
    </div>
  );
}
