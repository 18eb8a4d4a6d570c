"use client";

import { useActionState } from "react";
import { setPasswordWithToken } from "@/actions/password-reset";
import { buttonClass, FormMessage } from "@/components/editor/ui";
import { NewPasswordField } from "@/components/editor/auth/NewPasswordField";

/** The new password for a reset or invitation link; the email is shown so the browser's password manager files it right. */
export function SetPasswordForm({ token, email, submitLabel }: { token: string; email: string; submitLabel: string }) {
  const [result, action, pending] = useActionState(setPasswordWithToken, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="mt-5 space-y-4">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} autoComplete="username" />
      <FormMessage result={result && !result.ok && !result.fieldErrors ? result : null} />
      <NewPasswordField label="New password" error={errors?.password} autoFocus />
      <button type="submit" disabled={pending} className={`${buttonClass.primary} w-full py-2`}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
