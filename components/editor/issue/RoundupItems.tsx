"use client";

import { Field, UrlInput, buttonClass, inputClass } from "@/components/editor/ui";
import { emptyItem, type RoundupItemDraft } from "@/model/issue-draft";
import { keepFocusAfterMove } from "./keep-focus";
import { insertAt, moveItem, removeAt, replaceAt } from "./list-ops";

/** A roundup's items: add, remove, reorder (buttons, and Alt+↑/↓ inside an item). */
export function RoundupItems({
  items,
  onChange,
  errors,
  errorPrefix,
}: {
  items: RoundupItemDraft[];
  onChange: (items: RoundupItemDraft[]) => void;
  errors: Record<string, string>;
  errorPrefix: string;
}) {
  const patch = (index: number, p: Partial<RoundupItemDraft>) => onChange(replaceAt(items, index, { ...items[index], ...p }));
  const move = (index: number, delta: -1 | 1) => {
    keepFocusAfterMove(`item-${items[index].key}`, "button[data-item-move]", delta === -1 ? "up" : "down");
    onChange(moveItem(items, index, delta));
  };
  return (
    <fieldset className="mt-3">
      <legend className="text-xs font-semibold text-stone-700 dark:text-stone-300">Items ({items.length})</legend>
      <ol className="mt-2 space-y-2">
        {items.map((item, i) => (
          <li
            key={item.key}
            id={`item-${item.key}`}
            aria-label={`Item ${i + 1}`}
            onKeyDown={(e) => {
              if (e.altKey && (e.key === "ArrowUp" || e.key === "ArrowDown")) {
                e.preventDefault();
                e.stopPropagation();
                move(i, e.key === "ArrowUp" ? -1 : 1);
              }
            }}
            className="rounded-md border border-stone-200 bg-stone-50 p-2.5 dark:border-stone-700 dark:bg-stone-950/60"
          >
            <div className="mb-1.5 flex items-center gap-1">
              <span className="text-xs font-semibold text-stone-600 tabular-nums dark:text-stone-400">Item {i + 1}</span>
              <span className="ml-auto flex gap-0.5">
                <button
                  type="button"
                  className={buttonClass.quiet}
                  onClick={() => move(i, -1)}
                  disabled={i === 0}
                  data-item-move=""
                  data-move="up"
                  aria-label={`Move item ${i + 1} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className={buttonClass.quiet}
                  onClick={() => move(i, 1)}
                  disabled={i === items.length - 1}
                  data-item-move=""
                  data-move="down"
                  aria-label={`Move item ${i + 1} down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className={buttonClass.quiet}
                  onClick={() => onChange(removeAt(items, i))}
                  aria-label={`Remove item ${i + 1}`}
                >
                  Remove
                </button>
              </span>
            </div>
            <div className="grid gap-2 sm:grid-cols-2">
              <Field label="Item title" error={errors[`${errorPrefix}.${i}.title`]}>
                {(p) => <input {...p} value={item.title} onChange={(e) => patch(i, { title: e.target.value })} className={inputClass} />}
              </Field>
              <Field label="Item link" error={errors[`${errorPrefix}.${i}.sourceUrl`]}>
                {(p) => <UrlInput {...p} value={item.sourceUrl} onValue={(sourceUrl) => patch(i, { sourceUrl })} />}
              </Field>
            </div>
            <Field label="Item text (Markdown)" className="mt-2">
              {(p) => (
                <textarea
                  {...p}
                  rows={2}
                  value={item.body}
                  onChange={(e) => patch(i, { body: e.target.value })}
                  className={`${inputClass} font-mono text-[13px]`}
                />
              )}
            </Field>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className={`${buttonClass.secondary} mt-2 text-xs`}
        onClick={() => onChange(insertAt(items, items.length, emptyItem()))}
      >
        + Add item
      </button>
    </fieldset>
  );
}
