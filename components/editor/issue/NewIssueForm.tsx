"use client";

import { useActionState, useState } from "react";
import { createIssue } from "@/actions/issues";
import { buttonClass, Field, FormMessage, inputClass } from "@/components/editor/ui";
import { slugify } from "@/model/common";

export function NewIssueForm() {
  const [result, action, pending] = useActionState(createIssue, null);
  const [title, setTitle] = useState("");
  const [slug, setSlug] = useState<string | null>(null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="panel mt-6 space-y-4 p-5">
      <FormMessage result={result && !result.ok && !result.fieldErrors ? result : null} />
      <Field label="Title" error={errors?.title}>
        {(p) => (
          <input
            {...p}
            name="title"
            required
            autoFocus
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="Chinese Innovation News – March 2025"
            className={inputClass}
          />
        )}
      </Field>
      <Field label="Slug" hint="The address: /issues/your-slug. Suggested from the title." error={errors?.slug}>
        {(p) => (
          <input
            {...p}
            name="slug"
            value={slug ?? slugify(title)}
            onChange={(e) => setSlug(e.target.value)}
            className={`${inputClass} font-mono`}
          />
        )}
      </Field>
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? "Creating…" : "Create draft"}
      </button>
    </form>
  );
}
