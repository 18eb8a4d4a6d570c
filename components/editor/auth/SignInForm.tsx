"use client";

import { useSearchParams } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { signInWithPassword } from "@/actions/session";
import { buttonClass, Field, FormMessage, inputClass } from "@/components/editor/ui";

export function SignInForm() {
  const next = useSearchParams().get("next") ?? "/editor";
  const [result, action, pending] = useActionState(signInWithPassword, null);
  // Kept across a failed try (React resets uncontrolled fields after each submission); the password is not.
  const [email, setEmail] = useState("");
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const to = result?.ok ? result.to : null;
  // Signed in: a full page load (see signInWithPassword), so the dashboard shows as its HTML arrives.
  useEffect(() => {
    if (to) window.location.assign(to);
  }, [to]);
  return (
    <form action={action} className="mt-5 space-y-4">
      <input type="hidden" name="next" value={next} />
      <FormMessage result={result && !result.ok && !result.fieldErrors ? result : null} />
      <Field label="Email" error={errors?.email}>
        {(p) => (
          <input
            {...p}
            name="email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            className={inputClass}
          />
        )}
      </Field>
      <Field label="Password" error={errors?.password}>
        {(p) => <input {...p} name="password" type="password" autoComplete="current-password" required className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending || !!to} className={`${buttonClass.primary} w-full py-2`}>
        {pending || to ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
