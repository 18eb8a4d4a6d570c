"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";

/**
 * The "Menu" button of the editor's top bar below wide screens: it opens a panel with every
 * section the role may use (passed in as `children`, rendered on the server). Closes on
 * navigation, Escape (focus back on the button) and a tap outside.
 */
export function EditorMenu({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState<string | null>(null);
  const pathname = usePathname();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  // Following a link in the panel closes it: the panel belongs to the page it was opened on.
  const shown = open && openedAt === pathname;

  useEffect(() => {
    if (!shown) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [shown]);

  return (
    <div className="xl:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={shown}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!shown);
          setOpenedAt(pathname);
        }}
        className="inline-flex h-9 items-center gap-1.5 rounded-md border border-stone-300 bg-white px-2.5 text-sm font-semibold text-stone-800 hover:bg-stone-100 aria-expanded:bg-stone-900 aria-expanded:text-white dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800 dark:aria-expanded:bg-stone-100 dark:aria-expanded:text-stone-900"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
        >
          {shown ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5.5h14M3 10h14M3 14.5h14" />}
        </svg>
        Menu
      </button>
      {shown ? <div aria-hidden="true" className="fixed inset-x-0 top-12 bottom-0 bg-stone-950/30 sm:hidden" /> : null}
      <div
        ref={panel}
        id={panelId}
        hidden={!shown}
        className="absolute inset-x-0 top-12 max-h-[calc(100dvh-3rem)] overflow-y-auto border-b border-stone-200 bg-white p-3 shadow-lg sm:right-3 sm:left-auto sm:w-96 sm:rounded-b-lg sm:border-x dark:border-stone-800 dark:bg-stone-900"
      >
        {children}
      </div>
    </div>
  );
}
