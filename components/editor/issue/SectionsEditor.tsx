"use client";

import { buttonClass } from "@/components/editor/ui";
import { numberSections } from "@/lib/tldr";
import { emptySection, newKey, type SectionDraft, type SectionKind } from "@/model/issue-draft";
import { keepFocusAfterMove } from "./keep-focus";
import { insertAt, moveItem, removeAt, replaceAt } from "./list-ops";
import { SectionCard } from "./SectionCard";

function hasContent(s: SectionDraft): boolean {
  return !!(s.title.trim() || s.body.trim() || s.tldr.trim() || s.figure || s.items.some((i) => i.title.trim() || i.body.trim()));
}

/** The sections of an issue, numbered as readers will see them (callouts are not numbered). */
export function SectionsEditor({
  sections,
  onChange,
  errors,
  onFocusSection,
}: {
  sections: SectionDraft[];
  onChange: (sections: SectionDraft[]) => void;
  errors: Record<string, string>;
  onFocusSection: (key: string) => void;
}) {
  const numbered = numberSections(sections);

  function move(index: number, delta: -1 | 1, direction: "up" | "down") {
    // Keep the keyboard where it was: on the same control of the moved section.
    keepFocusAfterMove(`section-card-${sections[index].key}`, "button[data-section-move]", direction);
    onChange(moveItem(sections, index, delta));
  }

  function add(kind: SectionKind) {
    const section = emptySection(kind);
    onChange([...sections, section]);
    requestAnimationFrame(() => document.getElementById(`section-card-${section.key}`)?.querySelector<HTMLInputElement>("input")?.focus());
  }

  return (
    <section aria-labelledby="sections-heading">
      <div className="flex items-baseline justify-between">
        <h2 id="sections-heading" className="text-sm font-semibold">
          Sections <span className="font-normal text-stone-600 dark:text-stone-400">({sections.length})</span>
        </h2>
        <p className="hidden text-xs text-stone-500 sm:block dark:text-stone-400">Alt+↑/↓ moves the section you are in.</p>
      </div>
      {sections.length === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-stone-300 p-6 text-center text-sm text-stone-500 dark:border-stone-700 dark:text-stone-400">
          No sections yet. Add a story, a roundup or a callout.
        </p>
      ) : (
        <ol className="mt-3 space-y-3">
          {numbered.map((s, i) => (
            <SectionCard
              key={s.key}
              section={sections[i]}
              index={i}
              number={s.number}
              count={sections.length}
              errors={errors}
              onChange={(next) => onChange(replaceAt(sections, i, next))}
              onMove={(delta) => move(i, delta, delta === -1 ? "up" : "down")}
              onDuplicate={() =>
                onChange(
                  insertAt(sections, i + 1, {
                    ...sections[i],
                    key: newKey("s"),
                    title: sections[i].title ? `${sections[i].title} (copy)` : "",
                    items: sections[i].items.map((it) => ({ ...it, key: newKey("i") })),
                  }),
                )
              }
              onRemove={() => {
                if (
                  hasContent(sections[i]) &&
                  !window.confirm(
                    `Remove section ${i + 1}${sections[i].title ? ` “${sections[i].title}”` : ""}? Earlier versions stay in the revision history.`,
                  )
                )
                  return;
                onChange(removeAt(sections, i));
              }}
              onFocusSection={() => onFocusSection(s.key)}
            />
          ))}
        </ol>
      )}
      <div className="mt-3 flex flex-wrap gap-2" role="group" aria-label="Add a section">
        <button type="button" className={buttonClass.secondary} onClick={() => add("story")}>
          + Story
        </button>
        <button type="button" className={buttonClass.secondary} onClick={() => add("roundup")}>
          + Roundup
        </button>
        <button type="button" className={buttonClass.secondary} onClick={() => add("callout")}>
          + Callout
        </button>
      </div>
    </section>
  );
}
