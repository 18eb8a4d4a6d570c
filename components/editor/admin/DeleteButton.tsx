"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import { buttonClass } from "@/components/editor/ui";

export function DeleteButton({ action, id, label }: { action: (id: number) => Promise<ActionResult>; id: number; label: string }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();
  return (
    <>
      <button
        type="button"
        aria-label={label}
        disabled={pending}
        className={`${buttonClass.quiet} hover:!text-red-700 dark:hover:!text-red-300`}
        onClick={() => {
          if (!window.confirm(`${label}?`)) return;
          start(async () => {
            const r = await action(id);
            if (r.ok) router.refresh();
            else setError(r.error);
          });
        }}
      >
        Delete
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </span>
      ) : null}
    </>
  );
}
