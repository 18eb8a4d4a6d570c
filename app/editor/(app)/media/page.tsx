import type { Metadata } from "next";
import { describeMedia } from "@/actions/media";
import { EditDisclosure, EntityForm } from "@/components/editor/admin/EntityForm";
import { MediaUploader } from "@/components/editor/admin/MediaUploader";
import { LocalTime } from "@/components/editor/LocalTime";
import { PageHeader } from "@/components/editor/PageHeader";
import { listMediaForEditor } from "@/db/queries/media";
import { pageUser } from "@/lib/auth-user";

export const metadata: Metadata = { title: "Media" };

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export default async function MediaPage() {
  await pageUser();
  const media = await listMediaForEditor();
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6">
      <PageHeader title="Media" description="Uploaded images: PNG, JPEG, WebP or GIF, up to 10 MB each.">
        <MediaUploader />
      </PageHeader>
      {media.length === 0 ? (
        <p className="mt-10 text-center text-sm text-stone-500 dark:text-stone-400">No uploads yet.</p>
      ) : (
        <ul className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {media.map((m) => (
            <li key={m.id} className="panel overflow-hidden">
              {/* eslint-disable-next-line @next/next/no-img-element -- the original upload, as stored */}
              <img
                src={`/media/${m.key}`}
                alt={m.alt}
                loading="lazy"
                className="aspect-[4/3] w-full bg-stone-100 object-cover dark:bg-stone-950"
              />
              <div className="p-3 text-xs">
                <p className="truncate text-sm font-medium" title={m.originalName}>
                  {m.originalName || m.key}
                </p>
                <p className="mt-0.5 text-stone-500 dark:text-stone-400">
                  {m.width}×{m.height} · {size(m.bytes)} · {m.mime.replace("image/", "").toUpperCase()}
                </p>
                <p className="text-stone-500 dark:text-stone-400">
                  {m.uploadedByName ?? "Someone"}, <LocalTime iso={m.createdAt.toISOString()} style="date" />
                </p>
                <p className="mt-1 truncate font-mono text-[11px] text-stone-600 dark:text-stone-400" title={`/media/${m.key}`}>
                  /media/{m.key}
                </p>
                <EditDisclosure label={`Describe ${m.originalName || m.key}`}>
                  <EntityForm
                    action={describeMedia}
                    hidden={{ id: m.id }}
                    submitLabel="Save"
                    fields={[
                      { name: "alt", label: "Default alt text", defaultValue: m.alt, wide: true },
                      { name: "credit", label: "Default credit", defaultValue: m.credit, wide: true },
                    ]}
                  />
                </EditDisclosure>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
