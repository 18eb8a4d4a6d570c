"use client";
/**
 * Picks an image for a figure or cover: upload a file (checked on the server by its bytes) or
 * choose one from the media library. Shows the chosen image with its size.
 */
import { useId, useRef, useState } from "react";
import { listMedia, type MediaItem } from "@/actions/media";
import { buttonClass } from "@/components/editor/ui";

export type PickedImage = { src: string; width: number; height: number; alt?: string; credit?: string };

export async function uploadImage(file: File): Promise<{ ok: true; image: PickedImage } | { ok: false; error: string }> {
  if (file.size > 10 * 1024 * 1024) return { ok: false, error: "The file is larger than 10 MB." };
  try {
    const response = await fetch("/editor/media/upload", {
      method: "POST",
      body: file,
      headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(file.name) },
    });
    const body = (await response.json().catch(() => null)) as { ok: boolean; error?: string; media?: PickedImage } | null;
    if (!response.ok || !body?.ok || !body.media) return { ok: false, error: body?.error ?? `Upload failed (${response.status}).` };
    return { ok: true, image: body.media };
  } catch {
    return { ok: false, error: "Could not reach the server. Try again." };
  }
}

export function ImageField({
  label,
  value,
  onPick,
  onClear,
}: {
  label: string;
  value: PickedImage | null;
  onPick: (image: PickedImage) => void;
  onClear: () => void;
}) {
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [library, setLibrary] = useState<MediaItem[] | null>(null);

  async function onFile(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setError(null);
    const result = await uploadImage(file);
    setBusy(false);
    if (fileRef.current) fileRef.current.value = "";
    if (result.ok) onPick(result.image);
    else setError(result.error);
  }

  async function openLibrary() {
    if (library) return setLibrary(null);
    const result = await listMedia();
    if (result.ok) setLibrary(result.media);
    else setError(result.error);
  }

  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        {value ? (
          // eslint-disable-next-line @next/next/no-img-element -- a small thumbnail of our own upload
          <img src={value.src} alt="" className="h-14 w-20 rounded border border-stone-200 object-cover dark:border-stone-700" />
        ) : null}
        <div className="flex flex-wrap gap-1.5">
          <label htmlFor={inputId} className={`${buttonClass.secondary} cursor-pointer text-xs ${busy ? "opacity-50" : ""}`}>
            {busy ? "Uploading…" : value ? "Replace…" : `Upload ${label.toLowerCase()}…`}
          </label>
          <input
            id={inputId}
            ref={fileRef}
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif"
            className="sr-only"
            aria-label={`Upload ${label.toLowerCase()}`}
            disabled={busy}
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
          <button type="button" className={`${buttonClass.secondary} text-xs`} onClick={() => void openLibrary()} aria-expanded={!!library}>
            Media library
          </button>
          {value ? (
            <button type="button" className={`${buttonClass.quiet}`} onClick={onClear}>
              Remove {label.toLowerCase()}
            </button>
          ) : null}
        </div>
        {value ? (
          <span className="text-xs text-stone-500 dark:text-stone-400">
            {value.width}×{value.height}
          </span>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="mt-1.5 text-xs font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      {library ? (
        <div className="mt-2 rounded-md border border-stone-200 bg-stone-50 p-2 dark:border-stone-700 dark:bg-stone-950">
          {library.length === 0 ? (
            <p className="p-2 text-xs text-stone-600 dark:text-stone-400">No uploads yet.</p>
          ) : (
            <ul className="grid max-h-56 grid-cols-4 gap-2 overflow-y-auto sm:grid-cols-6">
              {library.map((m) => (
                <li key={m.id}>
                  <button
                    type="button"
                    onClick={() => {
                      onPick({ src: m.src, width: m.width, height: m.height, alt: m.alt, credit: m.credit });
                      setLibrary(null);
                    }}
                    className="block w-full overflow-hidden rounded border border-stone-200 hover:ring-2 hover:ring-accent-600 dark:border-stone-700"
                    title={m.name}
                  >
                    {/* eslint-disable-next-line @next/next/no-img-element -- library thumbnails */}
                    <img src={m.src} alt={m.alt || m.name} className="aspect-square w-full object-cover" loading="lazy" />
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
