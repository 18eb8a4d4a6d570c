"use client";

import { Field, SelectOptions, buttonClass, inputClass } from "@/components/editor/ui";
import type { AuthorOption, CategoryOption } from "@/lib/editor/draft-view";
import { slugify } from "@/model/common";
import type { IssueDraft } from "@/model/issue-draft";
import { CategoryPicker } from "./CategoryPicker";
import { ImageField } from "./ImageField";

type Props = {
  draft: IssueDraft;
  patch: (p: Partial<IssueDraft>) => void;
  errors: Record<string, string>;
  categories: CategoryOption[];
  authors: AuthorOption[];
};

/** Title, slug, summary, categories, author, cover and SEO fields. */
export function MetaFields({ draft, patch, errors, categories, authors }: Props) {
  const suggested = slugify(draft.title);
  return (
    <section aria-label="Issue details" className="panel space-y-3 p-3">
      <Field label="Title" error={errors["draft.title"]}>
        {(p) => (
          <input
            {...p}
            value={draft.title}
            onChange={(e) => patch({ title: e.target.value })}
            className={`${inputClass} font-serif text-base font-semibold`}
          />
        )}
      </Field>
      <Field
        label="Slug"
        error={errors["draft.slug"]}
        hint={
          suggested && suggested !== draft.slug ? (
            <>
              Suggested from the title:{" "}
              <button
                type="button"
                className="font-mono text-accent-800 underline dark:text-accent-300"
                onClick={() => patch({ slug: suggested })}
              >
                {suggested}
              </button>
            </>
          ) : (
            "The address: /issues/slug."
          )
        }
      >
        {(p) => (
          <input
            {...p}
            value={draft.slug}
            onChange={(e) => patch({ slug: e.target.value.toLowerCase() })}
            className={`${inputClass} font-mono`}
          />
        )}
      </Field>
      <Field
        label="Edition month"
        hint="The month this edition covers; the archive groups issues by it. Empty: the month in the title, else the publication date."
        error={errors["draft.editionMonth"]}
      >
        {(p) => (
          <input
            {...p}
            type="month"
            value={draft.editionMonth ?? ""}
            onChange={(e) => patch({ editionMonth: e.target.value })}
            className={inputClass}
          />
        )}
      </Field>
      <Field label="Summary" hint="One paragraph under the title, on cards and in feeds." error={errors["draft.summary"]}>
        {(p) => (
          <textarea {...p} rows={3} value={draft.summary} onChange={(e) => patch({ summary: e.target.value })} className={inputClass} />
        )}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <CategoryPicker
          options={categories}
          value={draft.categoryIds}
          onChange={(categoryIds) => patch({ categoryIds })}
          error={errors["draft.categoryIds"]}
        />
        <Field label="Author">
          {(p) => (
            <select
              {...p}
              value={draft.authorId ?? ""}
              onChange={(e) => patch({ authorId: e.target.value ? Number(e.target.value) : null })}
              className={inputClass}
            >
              <SelectOptions empty="No byline" options={authors.map((a) => ({ value: a.id, label: a.name }))} />
            </select>
          )}
        </Field>
      </div>
      <fieldset>
        <legend className="mb-1 text-xs font-semibold text-stone-700 dark:text-stone-300">Cover image</legend>
        <ImageField
          label="Cover"
          value={draft.cover}
          onPick={(img) => patch({ cover: { src: img.src, width: img.width, height: img.height, alt: draft.cover?.alt || img.alt || "" } })}
          onClear={() => patch({ cover: null })}
        />
        {draft.cover ? (
          <Field
            label="Cover alt text"
            className="mt-2"
            error={draft.cover.alt.trim() ? undefined : "Describe the cover before publishing."}
          >
            {(p) => (
              <input
                {...p}
                value={draft.cover!.alt}
                onChange={(e) => patch({ cover: { ...draft.cover!, alt: e.target.value } })}
                className={inputClass}
              />
            )}
          </Field>
        ) : null}
      </fieldset>
      <details className="group">
        <summary className={`${buttonClass.quiet} cursor-pointer list-none`}>
          Search and sharing (SEO) {draft.seoTitle || draft.seoDescription ? "· set" : ""}
        </summary>
        <div className="mt-2 space-y-3">
          <Field label="SEO title" hint={`${draft.seoTitle.length}/120 · the title is used when empty.`} error={errors["draft.seoTitle"]}>
            {(p) => (
              <input
                {...p}
                maxLength={120}
                value={draft.seoTitle}
                onChange={(e) => patch({ seoTitle: e.target.value })}
                className={inputClass}
              />
            )}
          </Field>
          <Field
            label="SEO description"
            hint={`${draft.seoDescription.length}/300 · the summary is used when empty.`}
            error={errors["draft.seoDescription"]}
          >
            {(p) => (
              <textarea
                {...p}
                rows={2}
                maxLength={300}
                value={draft.seoDescription}
                onChange={(e) => patch({ seoDescription: e.target.value })}
                className={inputClass}
              />
            )}
          </Field>
        </div>
      </details>
    </section>
  );
}
