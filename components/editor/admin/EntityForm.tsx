"use client";
/** One form for the small admin entities (categories, authors, events, users): fields in, action out. */
import { useActionState, useState, useSyncExternalStore } from "react";
import type { ActionResult } from "@/lib/action-result";
import { Field, FormMessage, buttonClass, inputClass } from "@/components/editor/ui";
import { slugify } from "@/model/common";

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "textarea" | "number" | "date" | "url" | "email" | "password" | "checkbox" | "select";
  defaultValue?: string | number | boolean | null;
  hint?: string;
  required?: boolean;
  options?: Array<{ value: string; label: string }>;
  wide?: boolean;
  mono?: boolean;
  /** A slug field: suggested from this field as you type, while it is empty or untouched. */
  suggestFrom?: string;
};

type Action = (prev: unknown, formData: FormData) => Promise<ActionResult>;

const noSubscription = () => () => {};
/** False in the server's HTML and until React has taken the page over, true after. */
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

export function EntityForm({
  action,
  fields,
  submitLabel,
  hidden,
  resetOnSuccess = false,
}: {
  action: Action;
  fields: FieldSpec[];
  submitLabel: string;
  hidden?: Record<string, string | number>;
  resetOnSuccess?: boolean;
}) {
  const hydrated = useHydrated();
  const [generation, setGeneration] = useState(0);
  // React empties a form after its action; a refused one is refilled with what was typed
  // (passwords excepted) by making that the fields' default.
  const [kept, setKept] = useState<Record<string, string> | null>(null);
  const [result, formAction, pending] = useActionState(async (prev: unknown, formData: FormData) => {
    const r = await action(prev, formData);
    setKept(r.ok ? null : Object.fromEntries([...formData].filter((e): e is [string, string] => typeof e[1] === "string")));
    // A refused form is mounted afresh with what was typed as its defaults, in the same render as
    // the message: React's own reset of the old form can then never undo a later correction.
    if (!r.ok || resetOnSuccess) setGeneration((g) => g + 1);
    return r;
  }, null);
  const initial = (f: FieldSpec) =>
    kept && f.type !== "password"
      ? (kept[f.name] ?? "")
      : f.defaultValue === null || f.defaultValue === undefined
        ? ""
        : String(f.defaultValue);
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  // A field's error may sit deeper than the field ("links.0": the first line of the links box).
  const errorOf = (name: string) => errors[name] ?? Object.entries(errors).find(([key]) => key.startsWith(`${name}.`))?.[1];
  // An error no field shows (none, or one for a field this form lacks) goes in the message line.
  const unplaced = result && !result.ok && !fields.some((f) => errorOf(f.name) !== undefined);
  // A slug field follows its source while it is empty or untouched: its input carries
  // data-edited once someone typed in it (emptying it hands it back). An existing slug is an
  // address, so it starts as edited and is never rewritten.
  const onInput = (e: React.FormEvent<HTMLFormElement>) => {
    const target = e.target as HTMLInputElement;
    for (const f of fields) {
      const slug = f.suggestFrom ? (e.currentTarget.elements.namedItem(f.name) as HTMLInputElement | null) : null;
      if (!slug) continue;
      if (target === slug) slug.toggleAttribute("data-edited", slug.value !== "");
      else if (target.name === f.suggestFrom && !slug.hasAttribute("data-edited")) slug.value = slugify(target.value);
    }
  };
  return (
    <form action={formAction} key={generation} onInput={onInput} className="grid gap-3 sm:grid-cols-2">
      {hidden ? Object.entries(hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />) : null}
      <div className="sm:col-span-2">
        <FormMessage result={unplaced ? result : null} />
      </div>
      {fields.map((f) =>
        f.type === "checkbox" ? (
          <label key={f.name} className="flex items-center gap-2 text-sm sm:col-span-2">
            <input
              type="checkbox"
              name={f.name}
              defaultChecked={kept ? kept[f.name] === "on" : !!f.defaultValue}
              className="size-4 accent-accent-700"
            />
            {f.label}
          </label>
        ) : (
          <Field
            key={f.name}
            label={f.label}
            hint={f.hint}
            error={errorOf(f.name)}
            className={f.wide || f.type === "textarea" ? "sm:col-span-2" : ""}
          >
            {(p) =>
              f.type === "textarea" ? (
                <textarea {...p} name={f.name} rows={3} defaultValue={initial(f)} required={f.required} className={inputClass} />
              ) : f.type === "select" ? (
                <select {...p} name={f.name} defaultValue={initial(f)} className={inputClass}>
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  {...p}
                  name={f.name}
                  type={f.type ?? "text"}
                  defaultValue={initial(f)}
                  data-edited={f.suggestFrom && initial(f) !== "" ? "" : undefined}
                  required={f.required}
                  className={`${inputClass} ${f.mono ? "font-mono" : ""}`}
                />
              )
            }
          </Field>
        ),
      )}
      <div className="flex items-center gap-3 sm:col-span-2">
        {/* The action runs in the browser first (it keeps what was typed): a press before the
            script has loaded would do nothing at all, so the button waits for it. */}
        <button type="submit" disabled={pending || !hydrated} className={buttonClass.primary}>
          {pending ? "Saving…" : submitLabel}
        </button>
        {result?.ok ? (
          <span role="status" className="text-xs text-accent-800 dark:text-accent-300">
            Saved.
          </span>
        ) : null}
      </div>
    </form>
  );
}

/** A row's edit form, folded away until asked for. */
export function EditDisclosure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <details className="group">
      <summary className={`${buttonClass.quiet} cursor-pointer list-none`} aria-label={label}>
        Edit
      </summary>
      <div className="mt-3 rounded-md border border-stone-200 bg-stone-50 p-3 dark:border-stone-700 dark:bg-stone-950">{children}</div>
    </details>
  );
}
