"use client";

import { useActionState } from "react";
import { setUpFirstOwner } from "@/actions/session";
import { buttonClass, Field, FormMessage, inputClass } from "@/components/editor/ui";
import { NewPasswordField } from "@/components/editor/auth/NewPasswordField";

export function SetupForm() {
  const [result, action, pending] = useActionState(setUpFirstOwner, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="mt-5 space-y-4">
      <FormMessage result={result && !result.ok && !result.fieldErrors ? result : null} />
      <Field label="Name" error={errors?.name}>
        {(p) => <input {...p} name="name" autoComplete="name" required autoFocus className={inputClass} />}
      </Field>
      <Field label="Email" error={errors?.email}>
        {(p) => <input {...p} name="email" type="email" autoComplete="username" required className={inputClass} />}
      </Field>
      <NewPasswordField label="Password" error={errors?.password} />
      <Field
        label="Setup code"
        hint="Only needed when you are not on the server itself: the server prints it in its log at start."
        error={errors?.code}
      >
        {(p) => (
          <input {...p} name="code" autoComplete="one-time-code" spellCheck={false} className={`${inputClass} font-mono uppercase`} />
        )}
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass.primary} w-full py-2`}>
        {pending ? "Creating…" : "Create owner and sign in"}
      </button>
    </form>
  );
}
