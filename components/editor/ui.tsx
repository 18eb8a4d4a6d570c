/** Small form pieces for the editor: dense, quiet, labelled, and the same in light and dark. */
import { useId } from "react";

export const inputClass =
  "block w-full rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm text-stone-900 shadow-xs placeholder:text-stone-400 focus:border-accent-600 focus:ring-2 focus:ring-accent-600/20 focus:outline-none aria-invalid:border-red-500 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:placeholder:text-stone-500 dark:focus:border-accent-300 dark:focus:ring-accent-300/20";

export const buttonClass = {
  primary:
    "inline-flex items-center justify-center gap-1.5 rounded-md bg-accent-700 px-3 py-1.5 text-sm font-semibold text-white shadow-xs hover:bg-accent-800 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-accent-300 dark:text-stone-950 dark:hover:bg-accent-200",
  secondary:
    "inline-flex items-center justify-center gap-1.5 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 shadow-xs hover:bg-stone-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800",
  quiet:
    "inline-flex items-center justify-center gap-1 rounded-md px-2 py-1 text-xs font-medium text-stone-600 hover:bg-stone-200/70 hover:text-stone-900 disabled:cursor-not-allowed disabled:opacity-40 dark:text-stone-400 dark:hover:bg-stone-800 dark:hover:text-stone-100",
  danger:
    "inline-flex items-center justify-center gap-1.5 rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-50 dark:border-red-900 dark:bg-stone-900 dark:text-red-300 dark:hover:bg-red-950",
} as const;

/** The props `Field` hands its control: its id, description and invalid state. */
type FieldControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean };

/** A label above its control, with an optional hint and an error tied to the control. */
export function Field({
  label,
  hint,
  error,
  children,
  className = "",
}: {
  label: React.ReactNode;
  hint?: React.ReactNode;
  error?: string;
  children: (props: FieldControlProps) => React.ReactNode;
  className?: string;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-xs font-semibold text-stone-700 dark:text-stone-300">
        {label}
      </label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-stone-500 dark:text-stone-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-xs font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A web address input inside a `Field`, with the URL keyboard on phones; empty reads as "". */
export function UrlInput({ value, onValue, ...control }: FieldControlProps & { value: string | null; onValue: (value: string) => void }) {
  return (
    <input
      {...control}
      type="url"
      inputMode="url"
      placeholder="https://"
      value={value ?? ""}
      onChange={(e) => onValue(e.target.value)}
      className={inputClass}
    />
  );
}

/** The options of a select: the empty choice, labelled `empty`, then one per option. */
export function SelectOptions({ empty, options }: { empty: string; options: ReadonlyArray<{ value: string | number; label: string }> }) {
  return (
    <>
      <option value="">{empty}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

export function FormMessage({ result }: { result: { ok: boolean; error?: string } | null | undefined }) {
  if (!result || result.ok || !result.error) return null;
  return (
    <p
      role="alert"
      className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200"
    >
      {result.error}
    </p>
  );
}

/**
 * A box that scrolls sideways when its content is wider than the screen (a chart, a table on a
 * phone). It is a named region in the tab order, so keyboard users can scroll it too.
 */
export function ScrollArea({ label, children, className = "" }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`overflow-x-auto focus-visible:ring-2 focus-visible:ring-accent-600 focus-visible:outline-none ${className}`}
    >
      {children}
    </div>
  );
}
