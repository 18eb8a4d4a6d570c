"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { uploadImage } from "@/components/editor/issue/ImageField";
import { buttonClass } from "@/components/editor/ui";

export function MediaUploader() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-end gap-1">
      <label className={`${buttonClass.primary} cursor-pointer ${busy ? "opacity-50" : ""}`}>
        {busy ? "Uploading…" : "Upload images…"}
        <input
          type="file"
          multiple
          accept="image/png,image/jpeg,image/webp,image/gif"
          className="sr-only"
          disabled={busy}
          onChange={async (e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = "";
            setBusy(true);
            setError(null);
            const errors: string[] = [];
            for (const file of files) {
              const r = await uploadImage(file);
              if (!r.ok) errors.push(`${file.name}: ${r.error}`);
            }
            setBusy(false);
            if (errors.length) setError(errors.join(" "));
            router.refresh();
          }}
        />
      </label>
      {error ? (
        <p role="alert" className="max-w-md text-right text-xs font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
