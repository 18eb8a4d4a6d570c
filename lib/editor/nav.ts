/**
 * The editor's sections, in one list: the top bar (wide screens) and the menu (phones and
 * tablets) both render it, grouped. A new editor page adds one entry here; `role` is the least
 * role that may open it (hiding is a convenience, every page checks the role itself).
 */
import type { Role } from "@/model/role";

export type NavGroup = "Content" | "Site" | "Newsletter" | "Admin";

export type NavEntry = { href: string; label: string; role: Role; group: NavGroup };

export const navEntries: NavEntry[] = [
  { href: "/editor", label: "Dashboard", role: "contributor", group: "Content" },
  { href: "/editor/issues", label: "Issues", role: "contributor", group: "Content" },
  { href: "/editor/media", label: "Media", role: "contributor", group: "Content" },
  { href: "/editor/categories", label: "Categories", role: "editor", group: "Site" },
  { href: "/editor/authors", label: "Authors", role: "editor", group: "Site" },
  { href: "/editor/events", label: "Events", role: "editor", group: "Site" },
  { href: "/editor/newsletters", label: "Newsletters", role: "editor", group: "Newsletter" },
  { href: "/editor/subscribers", label: "Subscribers", role: "editor", group: "Newsletter" },
  { href: "/editor/outbox", label: "Outbox", role: "editor", group: "Newsletter" },
  { href: "/editor/users", label: "Users", role: "owner", group: "Admin" },
  { href: "/editor/audit", label: "Audit", role: "owner", group: "Admin" },
];

/** True when `pathname` is inside the entry's section (the dashboard only matches itself). */
export function isCurrent(entry: Pick<NavEntry, "href">, pathname: string): boolean {
  return entry.href === "/editor" ? pathname === "/editor" : pathname === entry.href || pathname.startsWith(`${entry.href}/`);
}

/** The entries a role may use, grouped in list order. */
export function groupedEntries(entries: NavEntry[]): Array<{ group: NavGroup; entries: NavEntry[] }> {
  const groups: Array<{ group: NavGroup; entries: NavEntry[] }> = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last?.group === entry.group) last.entries.push(entry);
    else groups.push({ group: entry.group, entries: [entry] });
  }
  return groups;
}
