"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isCurrent } from "@/lib/editor/nav";

const styles = {
  bar: "shrink-0 rounded-md px-2.5 py-1",
  menu: "flex min-h-11 items-center rounded-md px-3 py-2",
} as const;

/** A link to an editor section, marked as the current page while you are inside that section. */
export function NavLink({ href, variant = "bar", children }: { href: string; variant?: keyof typeof styles; children: React.ReactNode }) {
  const active = isCurrent({ href }, usePathname());
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`${styles[variant]} font-medium ${
        active
          ? "bg-stone-900 text-white dark:bg-stone-100 dark:text-stone-900"
          : "text-stone-700 hover:bg-stone-100 hover:text-stone-900 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-stone-100"
      }`}
    >
      {children}
    </Link>
  );
}
