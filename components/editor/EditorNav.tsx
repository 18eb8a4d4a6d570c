import Link from "next/link";
import { signOutOfEditor } from "@/actions/session";
import { ThemeToggle } from "@/components/site/ThemeToggle";
import { groupedEntries, navEntries } from "@/lib/editor/nav";
import { hasRole, roleLabels, type Role } from "@/model/role";
import { EditorMenu } from "./EditorMenu";
import { NavLink } from "./NavLink";

function SignOut({ className }: { className: string }) {
  return (
    <form action={signOutOfEditor} className={className}>
      <button
        type="submit"
        className="rounded-md px-2 py-1.5 text-xs font-semibold text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
      >
        Sign out
      </button>
    </form>
  );
}

/**
 * The editor's top bar: every section the role may use (in a row on wide screens, behind the
 * "Menu" button below them, grouped), who is signed in (a link to their account page), theme,
 * sign out.
 */
export function EditorNav({ user }: { user: { name: string; role: Role } }) {
  const entries = navEntries.filter((e) => hasRole(user.role, e.role));
  return (
    <header className="sticky top-0 z-40 border-b border-stone-200 bg-white/90 backdrop-blur dark:border-stone-800 dark:bg-stone-900/90">
      <div className="flex h-12 items-center gap-3 px-3 sm:px-4">
        <Link href="/editor" className="flex shrink-0 items-center gap-2" aria-label="Dispatch editor, dashboard">
          <span
            aria-hidden="true"
            className="grid size-7 place-items-center rounded-md bg-accent-700 font-serif text-base font-semibold text-white dark:bg-accent-300 dark:text-stone-950"
          >
            D
          </span>
          <span className="font-serif text-lg font-semibold tracking-tight">Editor</span>
        </Link>
        <nav aria-label="Editor" className="hidden min-w-0 flex-1 items-center gap-0.5 text-sm xl:flex">
          {entries.map((e) => (
            <NavLink key={e.href} href={e.href}>
              {e.label}
            </NavLink>
          ))}
        </nav>
        <div className="ml-auto flex shrink-0 items-center gap-1">
          <Link
            href="/"
            className="hidden rounded-md px-2 py-1 text-xs font-medium text-stone-600 hover:bg-stone-100 md:inline-flex dark:text-stone-400 dark:hover:bg-stone-800"
            target="_blank"
          >
            View site ↗
          </Link>
          <Link
            href="/editor/account"
            title="Your account: password and sessions"
            className="hidden rounded-md px-2 py-0.5 text-right text-xs leading-tight hover:bg-stone-100 lg:block dark:hover:bg-stone-800"
          >
            <span className="block font-medium">{user.name}</span>
            <span className="block text-stone-600 dark:text-stone-400">{roleLabels[user.role]}</span>
          </Link>
          <ThemeToggle />
          <SignOut className="hidden sm:block" />
          <EditorMenu>
            <nav aria-label="Editor" className="grid grid-cols-2 gap-x-3 gap-y-4 text-sm">
              {groupedEntries(entries).map(({ group, entries: inGroup }) => (
                <div key={group}>
                  <p
                    id={`editor-menu-${group}`}
                    className="px-3 pb-1 text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400"
                  >
                    {group}
                  </p>
                  <ul aria-labelledby={`editor-menu-${group}`} className="space-y-0.5">
                    {inGroup.map((e) => (
                      <li key={e.href}>
                        <NavLink href={e.href} variant="menu">
                          {e.label}
                        </NavLink>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </nav>
            <div className="mt-4 flex flex-wrap items-center gap-2 border-t border-stone-200 pt-3 text-sm dark:border-stone-800">
              <Link
                href="/editor/account"
                className="min-w-0 flex-1 rounded-md px-3 py-1 leading-tight hover:bg-stone-100 dark:hover:bg-stone-800"
              >
                <span className="block truncate font-medium">{user.name}</span>
                <span className="block text-xs text-stone-600 dark:text-stone-400">{roleLabels[user.role]} · Your account</span>
              </Link>
              <Link
                href="/"
                target="_blank"
                className="rounded-md px-2 py-1.5 text-xs font-medium text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
              >
                View site ↗
              </Link>
              <SignOut className="" />
            </div>
          </EditorMenu>
        </div>
      </div>
    </header>
  );
}
