"use client";
/**
 * The site header. A client component without state, like the footer: it takes no props, so in
 * every page's React payload it is one reference instead of its whole tree (2.5 KB of each page's
 * HTML), and its markup comes from code the browser caches once. It still renders on the server.
 */
import { IntentLink as Link } from "@/components/ui/IntentLink";
import { DispatchMark } from "./DispatchMark";
import { ThemeToggle } from "./ThemeToggle";

const nav = [
  { href: "/issues", label: "Issues" },
  { href: "/categories", label: "Categories" },
  { href: "/events", label: "Events" },
];

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-stone-200/80 bg-paper/90 backdrop-blur supports-[backdrop-filter]:bg-paper/75 dark:border-stone-800 dark:bg-stone-950/85">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-4 px-4 sm:px-6">
        <Link href="/" className="group flex items-center gap-2">
          <DispatchMark />
        </Link>
        <nav aria-label="Main" className="ml-auto flex items-center gap-1 text-sm font-medium sm:ml-6">
          {nav.map((item) => (
            <Link key={item.href} href={item.href} className="nav-pill hidden sm:inline-flex">
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="flex items-center gap-1 sm:ml-auto">
          <form action="/search" role="search" aria-label="Site search" className="hidden md:block">
            <label htmlFor="site-search" className="sr-only">
              Search issues
            </label>
            <input
              id="site-search"
              name="q"
              type="search"
              placeholder="Search"
              maxLength={200}
              className="h-9 w-44 rounded-full border border-stone-300 bg-white/70 px-3.5 text-sm transition-[width] placeholder:text-stone-500 focus:w-56 focus:outline-none focus-visible:border-accent-600 dark:border-stone-700 dark:bg-stone-900 dark:placeholder:text-stone-400"
            />
          </form>
          <Link
            href="/search"
            aria-label="Search"
            className="inline-flex size-9 items-center justify-center rounded-full text-stone-600 hover:bg-stone-200/70 md:hidden dark:text-stone-300 dark:hover:bg-stone-800"
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8">
              <circle cx="11" cy="11" r="6.5" />
              <path d="m16 16 4.5 4.5" strokeLinecap="round" />
            </svg>
          </Link>
          <ThemeToggle />
          <Link
            href="/newsletter"
            className="ml-1 inline-flex h-9 items-center rounded-full bg-accent-700 px-4 text-sm font-semibold text-white hover:bg-accent-800 dark:bg-accent-300 dark:text-stone-950 dark:hover:bg-accent-200"
          >
            Subscribe
          </Link>
        </div>
      </div>
      <nav aria-label="Sections" className="border-t border-stone-200/80 sm:hidden dark:border-stone-800">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-3 py-1.5 text-sm font-medium">
          {nav.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="nav-pill inline-flex">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
