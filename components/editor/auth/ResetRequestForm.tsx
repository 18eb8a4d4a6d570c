"use client";

import { useActionState } from "react";
import { requestPasswordReset } from "@/actions/password-reset";
import { buttonClass, Field, FormMessage, inputClass } from "@/components/editor/ui";

export function ResetRequestForm() {
  const [result, action, pending] = useActionState(requestPasswordReset, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  if (result?.ok) {
    return (
      <p
        role="status"
        className="mt-5 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/60 dark:text-emerald-200"
      >
        {result.message}
      </p>
    );
  }
  return (
    <form action={action} className="mt-5 space-y-4">
      <FormMessage result={result && !result.ok && !result.fieldErrors ? result : null} />
      <Field label="Email" error={errors?.email}>
        {(p) => <input {...p} name="email" type="email" autoComplete="username" required autoFocus className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass.primary} w-full py-2`}>
        {pending ? "Sending…" : "Send me a link"}
      </button>
    </form>
  );
}
