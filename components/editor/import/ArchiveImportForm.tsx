"use client";
/** Archive import: an RSS/Atom feed or a Ghost export becomes draft issues, with progress. */
import { useState } from "react";
import { buttonClass, inputClass } from "@/components/editor/ui";
import type { ArchiveImportSummary } from "@/model/import";
import { ImportError } from "./ImportError";
import { ImportFileForm } from "./ImportFileForm";
import { ImportProgress } from "./ImportProgress";
import { postImport } from "./read-progress";

export function ArchiveImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [ghostUrl, setGhostUrl] = useState("");
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ArchiveImportSummary | null>(null);

  async function run() {
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    const query = ghostUrl.trim() ? `?${new URLSearchParams({ ghostUrl: ghostUrl.trim() })}` : "";
    const reply = await postImport<ArchiveImportSummary>(`/editor/import/issues${query}`, file, (e) =>
      setProgress({ done: e.done ?? 0, total: e.total ?? 0 }),
    );
    setBusy(false);
    if (reply.ok) setResult(reply.result);
    else setError(reply.error);
  }

  return (
    <div className="space-y-5">
      <ImportFileForm onSubmit={() => void run()}>
        <label className="text-xs font-semibold">
          RSS/Atom file or Ghost JSON export (at most 20 MB, 200 posts)
          <input
            type="file"
            accept=".xml,.rss,.atom,.json,application/xml,application/json"
            className={`${inputClass} mt-1`}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <label className="text-xs font-semibold">
          Old Ghost site address (for its images)
          <input
            value={ghostUrl}
            onChange={(e) => setGhostUrl(e.target.value)}
            className={`${inputClass} mt-1`}
            placeholder="https://old.example.com"
          />
        </label>
        <div className="sm:col-span-2">
          <button type="submit" className={buttonClass.primary} disabled={!file || busy}>
            Import as drafts
          </button>
        </div>
      </ImportFileForm>
      {busy ? (
        <ImportProgress id="archive-progress" known={progress?.total ? { max: progress.total, value: progress.done } : undefined}>
          Importing… {progress ? `${progress.done} of ${progress.total} posts` : ""}
        </ImportProgress>
      ) : null}
      {error ? <ImportError message={error} /> : null}
      {result ? (
        <section aria-labelledby="archive-result" className="space-y-2 text-sm">
          <h2 id="archive-result" role="status" className="text-base font-semibold">
            {result.created.length} draft issues created, {result.skipped.length} skipped; {result.images.copied} images copied
          </h2>
          <ul className="list-disc pl-5">
            {result.created.map((c) => (
              <li key={c.id}>
                <a className="underline" href={`/editor/issues/${c.id}`}>
                  {c.title}
                </a>{" "}
                (draft: review before publishing)
              </li>
            ))}
            {result.skipped.map((s, i) => (
              <li key={`s${i}`}>
                {s.title}: {s.reason}
              </li>
            ))}
            {result.images.failed.map((f, i) => (
              <li key={`f${i}`} className="break-all">
                Image not copied: {f.url} ({f.reason})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
