"use client";

import { useActionState } from "react";
import { changePassword } from "@/actions/account";
import { buttonClass, Field, FormMessage, inputClass } from "@/components/editor/ui";
import { NewPasswordField } from "@/components/editor/auth/NewPasswordField";

export function ChangePasswordForm({ email }: { email: string }) {
  const [result, action, pending] = useActionState(changePassword, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="grid gap-3 sm:max-w-sm">
      <input type="hidden" name="email" value={email} autoComplete="username" />
      <FormMessage result={result && !result.ok && !result.fieldErrors ? result : null} />
      <Field label="Current password" error={errors?.current}>
        {(p) => <input {...p} name="current" type="password" autoComplete="current-password" required className={inputClass} />}
      </Field>
      <NewPasswordField label="New password" note="Your other sessions end." error={errors?.password} />
      <div>
        <button type="submit" disabled={pending} className={buttonClass.primary}>
          {pending ? "Changing…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
