"use client";
/**
 * The site footer: a client component without state for the same reason as the header
 * (SiteHeader.tsx): one reference in each page's payload instead of its tree.
 */
import { IntentLink as Link } from "@/components/ui/IntentLink";

const linkClass = "hover:text-accent-800 dark:hover:text-accent-300";

/** One column of footer links, named for screen readers by `label`, under a visible heading. */
function FooterNav({ label, heading, children }: { label: string; heading: string; children: React.ReactNode }) {
  return (
    <nav aria-label={label}>
      <p className="font-semibold text-stone-900 dark:text-stone-100">{heading}</p>
      <ul className="mt-2 space-y-1.5">{children}</ul>
    </nav>
  );
}

/** A footer link to a page of the site. */
function FooterLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <li>
      <Link className={linkClass} href={href}>
        {children}
      </Link>
    </li>
  );
}

export function SiteFooter() {
  return (
    <footer className="mt-24 border-t border-stone-200 bg-stone-100/60 dark:border-stone-800 dark:bg-stone-900/40">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-12 text-sm text-stone-600 sm:grid-cols-3 sm:px-6 dark:text-stone-400">
        <div>
          <p className="font-serif text-lg font-semibold text-stone-900 dark:text-stone-100">Dispatch</p>
          <p className="mt-2 max-w-xs leading-relaxed">A monthly briefing on innovation in China, the future and generative AI.</p>
        </div>
        <FooterNav label="Reading" heading="Read">
          <FooterLink href="/issues">All issues</FooterLink>
          <FooterLink href="/events">Study tours</FooterLink>
          <FooterLink href="/newsletter">Newsletter</FooterLink>
        </FooterNav>
        <FooterNav label="About" heading="More">
          <li>
            {/* A plain link: the feed is an XML file, not a page the router could prefetch or open. */}
            <a className={linkClass} href="/feed.xml">
              RSS feed
            </a>
          </li>
          <FooterLink href="/privacy">Privacy</FooterLink>
        </FooterNav>
      </div>
      <p className="pb-8 text-center text-xs text-stone-600 dark:text-stone-400">© Dispatch. Self-hosted, independent.</p>
    </footer>
  );
}
