"use client";
/**
 * Subscriber import: choose a CSV, see what would happen (nothing is written), then import.
 * The file is sent twice — preview, then import — and the server streams its progress.
 */
import { useState } from "react";
import { buttonClass, inputClass } from "@/components/editor/ui";
import { sourceLabels, type SubscriberImportSummary } from "@/model/import";
import { ImportCounts } from "./ImportCounts";
import { ImportError } from "./ImportError";
import { ImportFileForm } from "./ImportFileForm";
import { ImportProgress } from "./ImportProgress";
import { ImportRowsTable } from "./ImportRowsTable";
import { postImport } from "./read-progress";

type Phase = "idle" | "previewing" | "previewed" | "importing" | "done";

export function SubscriberImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState("");
  const [phase, setPhase] = useState<Phase>("idle");
  const [rows, setRows] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<SubscriberImportSummary | null>(null);
  const [result, setResult] = useState<SubscriberImportSummary | null>(null);

  async function run(mode: "preview" | "import") {
    if (!file) return;
    setError(null);
    setRows(0);
    setPhase(mode === "preview" ? "previewing" : "importing");
    const query = new URLSearchParams({ mode, fileName: file.name });
    if (mapping.trim()) query.set("mapping", mapping.trim());
    const reply = await postImport<SubscriberImportSummary>(`/editor/import/subscribers?${query}`, file, (e) => setRows(e.rows ?? 0));
    if (!reply.ok) {
      setError(reply.error);
      setPhase(mode === "preview" ? "idle" : "previewed");
      return;
    }
    if (mode === "preview") {
      setPreview(reply.result);
      setPhase("previewed");
    } else {
      setResult(reply.result);
      setPhase("done");
    }
  }

  const busy = phase === "previewing" || phase === "importing";
  const writes = preview?.counts.added ?? 0;
  return (
    <div className="space-y-5">
      <ImportFileForm onSubmit={() => void run("preview")}>
        <label className="text-xs font-semibold">
          CSV file (Mailchimp, Substack, Ghost, or any with a mapping; at most 25 MB and 100,000 rows)
          <input
            type="file"
            accept=".csv,text/csv"
            className={`${inputClass} mt-1`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setResult(null);
              setPhase("idle");
            }}
          />
        </label>
        <label className="text-xs font-semibold">
          Column mapping (only for other CSVs)
          <input
            value={mapping}
            onChange={(e) => setMapping(e.target.value)}
            className={`${inputClass} mt-1`}
            placeholder="email=Email,status=Status,optin=Signed up"
          />
        </label>
        <div className="sm:col-span-2">
          <button type="submit" className={buttonClass.secondary} disabled={!file || busy}>
            Preview
          </button>
        </div>
      </ImportFileForm>
      {busy ? (
        <ImportProgress
          id="import-progress"
          known={phase === "importing" && preview ? { max: preview.counts.rows, value: rows } : undefined}
        >
          {phase === "previewing" ? "Reading the file…" : "Importing…"} {rows.toLocaleString("en")} rows
        </ImportProgress>
      ) : null}
      {error ? <ImportError message={error} /> : null}
      {preview && phase !== "done" ? (
        <section aria-labelledby="preview-title" className="space-y-3">
          <h2 id="preview-title" className="text-base font-semibold">
            Preview: {sourceLabels[preview.source]}, {preview.counts.rows.toLocaleString("en")} rows — nothing written yet
          </h2>
          <ImportCounts counts={preview.counts} label="What the import will do" />
          <p className="text-sm text-stone-700 dark:text-stone-300">
            Of the new addresses, {preview.counts.confirmed.toLocaleString("en")} have an opt-in recorded by the source and will be
            confirmed; {preview.counts.pending.toLocaleString("en")} have none and will be pending (no mail until you send confirmations).
            Suppressed rows (unsubscribed, cleaned, bounced) never become active; addresses already here are left as they are.
          </p>
          <ImportRowsTable rows={preview.firstRows} invalid={preview.invalid} invalidCount={preview.counts.invalid} />
          <button type="button" className={buttonClass.primary} disabled={busy || writes === 0} onClick={() => void run("import")}>
            {writes === 0 ? "Nothing to import" : `Import ${writes.toLocaleString("en")} addresses`}
          </button>
        </section>
      ) : null}
      {result ? (
        <section aria-labelledby="result-title" className="space-y-3">
          <h2 id="result-title" className="text-base font-semibold" role="status">
            Imported: {result.counts.new.toLocaleString("en")} new subscribers
          </h2>
          <ImportCounts counts={result.counts} label="What the import did" />
          <a href="/editor/subscribers" className={buttonClass.secondary}>
            See the subscribers
          </a>
        </section>
      ) : null}
    </div>
  );
}
