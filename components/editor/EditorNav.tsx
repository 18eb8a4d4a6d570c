import Link from "next/link";
import { signOutOfEditor } from "@/actions/session";
import { ThemeToggle } from "@/components/site/ThemeToggle";
import { hasRole, roleLabels, type Role } from "@/lib/roles";
import { NavLink } from "./NavLink";

const items: Array<{ href: string; label: string; role: Role }> = [
  { href: "/editor", label: "Dashboard", role: "contributor" },
  { href: "/editor/issues", label: "Issues", role: "contributor" },
  { href: "/editor/media", label: "Media", role: "contributor" },
  { href: "/editor/categories", label: "Categories", role: "editor" },
  { href: "/editor/authors", label: "Authors", role: "editor" },
  { href: "/editor/events", label: "Events", role: "editor" },
  { href: "/editor/newsletters", label: "Newsletters", role: "editor" },
  { href: "/editor/subscribers", label: "Subscribers", role: "editor" },
  { href: "/editor/outbox", label: "Outbox", role: "editor" },
  { href: "/editor/users", label: "Users", role: "owner" },
  { href: "/editor/audit", label: "Audit", role: "owner" },
  { href: "/editor/account", label: "Account", role: "contributor" },
];

/** The editor's top bar: sections the role may use, who is signed in, theme, sign out. */
export function EditorNav({ user }: { user: { name: string; role: Role } }) {
  return (
    <header className="sticky top-0 z-40 border-b border-stone-200 bg-white/90 backdrop-blur dark:border-stone-800 dark:bg-stone-900/90">
      <div className="flex h-12 items-center gap-3 px-3 sm:px-4">
        <Link href="/editor" className="flex shrink-0 items-center gap-2" aria-label="Dispatch editor, dashboard">
          <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-accent-700 font-serif text-base font-semibold text-white dark:bg-accent-300 dark:text-stone-950">
            D
          </span>
          <span className="hidden font-serif text-lg font-semibold tracking-tight sm:inline">Editor</span>
        </Link>
        <nav aria-label="Editor" className="-mx-1 flex min-w-0 flex-1 items-center gap-0.5 overflow-x-auto px-1 text-sm">
          {items
            .filter((i) => hasRole(user.role, i.role))
            .map((i) => (
              <NavLink key={i.href} href={i.href} exact={i.href === "/editor"}>
                {i.label}
              </NavLink>
            ))}
        </nav>
        <div className="flex shrink-0 items-center gap-1">
          <Link href="/" className="hidden rounded-md px-2 py-1 text-xs font-medium text-stone-600 hover:bg-stone-100 md:inline-flex dark:text-stone-400 dark:hover:bg-stone-800" target="_blank">
            View site ↗
          </Link>
          <span className="hidden text-right text-xs leading-tight lg:block">
            <span className="block font-medium">{user.name}</span>
            <span className="block text-stone-500 dark:text-stone-400">{roleLabels[user.role]}</span>
          </span>
          <ThemeToggle />
          <form action={signOutOfEditor}>
            <button type="submit" className="rounded-md px-2 py-1 text-xs font-semibold text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
