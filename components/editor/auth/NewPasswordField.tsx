import { Field, inputClass } from "@/components/editor/ui";
import { MIN_PASSWORD } from "@/model/user";

/** The field where someone chooses a password (setup, a reset or invitation link, Account), with the length rule said once. */
export function NewPasswordField({ label, error, note, autoFocus }: { label: string; error?: string; note?: string; autoFocus?: boolean }) {
  return (
    <Field label={label} hint={`At least ${MIN_PASSWORD} characters.${note ? ` ${note}` : ""}`} error={error}>
      {(p) => (
        <input
          {...p}
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={MIN_PASSWORD}
          required
          autoFocus={autoFocus}
          className={inputClass}
        />
      )}
    </Field>
  );
}
