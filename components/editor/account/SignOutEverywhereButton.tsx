"use client";

import { useState, useTransition } from "react";
import { signOutEverywhere } from "@/actions/account";
import { buttonClass } from "@/components/editor/ui";

export function SignOutEverywhereButton() {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className={buttonClass.danger}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const refused = await signOutEverywhere();
            if (refused) setError(refused.error);
          })
        }
      >
        {pending ? "Signing out…" : "Sign out everywhere"}
      </button>
      {error ? (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </>
  );
}
