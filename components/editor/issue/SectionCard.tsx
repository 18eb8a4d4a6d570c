"use client";

import { Field, UrlInput, buttonClass, inputClass } from "@/components/editor/ui";
import { sectionKinds, type SectionDraft, type SectionKind } from "@/model/issue-draft";
import { ImageField } from "./ImageField";
import { RoundupItems } from "./RoundupItems";

const kindLabels: Record<SectionKind, string> = { story: "Story", roundup: "Roundup", callout: "Callout" };

type Props = {
  section: SectionDraft;
  index: number;
  number: number | null;
  count: number;
  errors: Record<string, string>;
  onChange: (section: SectionDraft) => void;
  onMove: (delta: -1 | 1) => void;
  onDuplicate: () => void;
  onRemove: () => void;
  onFocusSection: () => void;
};

/** One section: its toolbar (move, duplicate, remove — also Alt+↑/↓) and its fields by kind. */
export function SectionCard({ section, index, number, count, errors, onChange, onMove, onDuplicate, onRemove, onFocusSection }: Props) {
  const patch = (p: Partial<SectionDraft>) => onChange({ ...section, ...p });
  const e = (field: string) => errors[`draft.sections.${index}.${field}`];
  const heading = `${number === null ? "Callout" : `Section ${number}`}${section.title ? `: ${section.title}` : ""}`;
  return (
    <li
      id={`section-card-${section.key}`}
      aria-label={heading}
      onFocus={onFocusSection}
      onKeyDown={(ev) => {
        if (ev.altKey && (ev.key === "ArrowUp" || ev.key === "ArrowDown")) {
          ev.preventDefault();
          onMove(ev.key === "ArrowUp" ? -1 : 1);
        }
      }}
      className="panel shadow-xs"
    >
      <div className="flex flex-wrap items-center gap-2 border-b border-stone-200 px-3 py-2 dark:border-stone-800">
        <span className="grid h-6 min-w-6 place-items-center rounded bg-stone-900 px-1.5 font-serif text-sm font-semibold text-white tabular-nums dark:bg-stone-100 dark:text-stone-900">
          {number ?? "★"}
        </span>
        <h3 className="min-w-0 flex-1 truncate text-sm font-semibold">{heading}</h3>
        <label className="sr-only" htmlFor={`kind-${section.key}`}>
          Kind of section {index + 1}
        </label>
        <select
          id={`kind-${section.key}`}
          value={section.kind}
          onChange={(ev) => {
            const kind = ev.target.value as SectionKind;
            patch({ kind, items: kind === "roundup" && section.items.length === 0 ? [] : section.items });
          }}
          className="rounded-md border border-stone-300 bg-white px-1.5 py-0.5 text-xs dark:border-stone-700 dark:bg-stone-900"
        >
          {sectionKinds.map((k) => (
            <option key={k} value={k}>
              {kindLabels[k]}
            </option>
          ))}
        </select>
        <span className="flex gap-0.5" role="group" aria-label={`Section ${index + 1} actions`}>
          <button
            type="button"
            className={buttonClass.quiet}
            onClick={() => onMove(-1)}
            disabled={index === 0}
            data-section-move=""
            data-move="up"
            aria-label={`Move section ${index + 1} up`}
            title="Move up (Alt+↑)"
          >
            ↑
          </button>
          <button
            type="button"
            className={buttonClass.quiet}
            onClick={() => onMove(1)}
            disabled={index === count - 1}
            data-section-move=""
            data-move="down"
            aria-label={`Move section ${index + 1} down`}
            title="Move down (Alt+↓)"
          >
            ↓
          </button>
          <button type="button" className={buttonClass.quiet} onClick={onDuplicate} aria-label={`Duplicate section ${index + 1}`}>
            Duplicate
          </button>
          <button
            type="button"
            className={`${buttonClass.quiet} hover:!text-red-700 dark:hover:!text-red-300`}
            onClick={onRemove}
            aria-label={`Remove section ${index + 1}`}
          >
            Remove
          </button>
        </span>
      </div>
      <div className="space-y-3 p-3">
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Section title" error={e("title")} className={section.kind === "callout" ? "sm:col-span-2" : ""}>
            {(p) => (
              <input
                {...p}
                value={section.title}
                onChange={(ev) => patch({ title: ev.target.value })}
                className={`${inputClass} font-medium`}
              />
            )}
          </Field>
          {section.kind !== "callout" ? (
            <Field label="TL;DR line" hint="One line for the numbered summary; the title is used when empty." error={e("tldr")}>
              {(p) => <input {...p} value={section.tldr} onChange={(ev) => patch({ tldr: ev.target.value })} className={inputClass} />}
            </Field>
          ) : null}
        </div>
        <Field label={section.kind === "callout" ? "Button link" : "Source link"} hint="http:// or https:// only." error={e("sourceUrl")}>
          {(p) => <UrlInput {...p} value={section.sourceUrl} onValue={(sourceUrl) => patch({ sourceUrl })} />}
        </Field>
        <Field label={section.kind === "roundup" ? "Intro (Markdown, optional)" : "Body (Markdown)"} error={e("body")}>
          {(p) => (
            <textarea
              {...p}
              rows={section.kind === "roundup" ? 2 : 7}
              value={section.body}
              onChange={(ev) => patch({ body: ev.target.value })}
              className={`${inputClass} font-mono text-[13px] leading-relaxed`}
            />
          )}
        </Field>
        {section.kind === "story" ? (
          <fieldset className="rounded-md border border-dashed border-stone-300 p-2.5 dark:border-stone-700">
            <legend className="px-1 text-xs font-semibold text-stone-700 dark:text-stone-300">Figure</legend>
            <ImageField
              label="Image"
              value={section.figure}
              onPick={(img) =>
                patch({
                  figure: {
                    src: img.src,
                    width: img.width,
                    height: img.height,
                    alt: section.figure?.alt || img.alt || "",
                    caption: section.figure?.caption ?? "",
                    credit: section.figure?.credit || img.credit || "",
                  },
                })
              }
              onClear={() => patch({ figure: null })}
            />
            {section.figure ? (
              <div className="mt-2.5 grid gap-2.5 sm:grid-cols-2">
                <Field
                  label="Alt text (required)"
                  hint="What the image shows, for readers who cannot see it."
                  error={e("figure.alt") ?? (section.figure.alt.trim() ? undefined : "Describe the image before publishing.")}
                  className="sm:col-span-2"
                >
                  {(p) => (
                    <input
                      {...p}
                      required
                      value={section.figure!.alt}
                      onChange={(ev) => patch({ figure: { ...section.figure!, alt: ev.target.value } })}
                      className={inputClass}
                    />
                  )}
                </Field>
                <Field label="Caption" error={e("figure.caption")}>
                  {(p) => (
                    <input
                      {...p}
                      value={section.figure!.caption}
                      onChange={(ev) => patch({ figure: { ...section.figure!, caption: ev.target.value } })}
                      className={inputClass}
                    />
                  )}
                </Field>
                <Field label="Credit" error={e("figure.credit")}>
                  {(p) => (
                    <input
                      {...p}
                      placeholder="Photo: …"
                      value={section.figure!.credit}
                      onChange={(ev) => patch({ figure: { ...section.figure!, credit: ev.target.value } })}
                      className={inputClass}
                    />
                  )}
                </Field>
              </div>
            ) : null}
          </fieldset>
        ) : null}
        {section.kind === "roundup" ? (
          <RoundupItems
            items={section.items}
            onChange={(items) => patch({ items })}
            errors={errors}
            errorPrefix={`draft.sections.${index}.items`}
          />
        ) : null}
      </div>
    </li>
  );
}
