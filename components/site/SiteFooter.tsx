import { IntentLink as Link } from "@/components/ui/IntentLink";

export function SiteFooter() {
  return (
    <footer className="mt-24 border-t border-stone-200 bg-stone-100/60 dark:border-stone-800 dark:bg-stone-900/40">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-12 text-sm text-stone-600 sm:grid-cols-3 sm:px-6 dark:text-stone-400">
        <div>
          <p className="font-serif text-lg font-semibold text-stone-900 dark:text-stone-100">Dispatch</p>
          <p className="mt-2 max-w-xs leading-relaxed">A monthly briefing on innovation in China, the future and generative AI.</p>
        </div>
        <nav aria-label="Reading">
          <p className="font-semibold text-stone-900 dark:text-stone-100">Read</p>
          <ul className="mt-2 space-y-1.5">
            <li>
              <Link className="hover:text-accent-800 dark:hover:text-accent-300" href="/issues">
                All issues
              </Link>
            </li>
            <li>
              <Link className="hover:text-accent-800 dark:hover:text-accent-300" href="/events">
                Study tours
              </Link>
            </li>
            <li>
              <Link className="hover:text-accent-800 dark:hover:text-accent-300" href="/newsletter">
                Newsletter
              </Link>
            </li>
          </ul>
        </nav>
        <nav aria-label="About">
          <p className="font-semibold text-stone-900 dark:text-stone-100">More</p>
          <ul className="mt-2 space-y-1.5">
            <li>
              <a className="hover:text-accent-800 dark:hover:text-accent-300" href="/feed.xml">
                RSS feed
              </a>
            </li>
            <li>
              <Link className="hover:text-accent-800 dark:hover:text-accent-300" href="/privacy">
                Privacy
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <p className="pb-8 text-center text-xs text-stone-600 dark:text-stone-400">© Dispatch. Self-hosted, independent.</p>
    </footer>
  );
}
