"use client";
/** Live progress of a send: polls the progress endpoint every second until the send is done. */
import { useEffect, useState } from "react";

export type Progress = { status: string; total: number; sent: number; failed: number; skipped: number; remaining: number };

export function SendProgress({ issueId, initial }: { issueId: number; initial: Progress }) {
  const [progress, setProgress] = useState(initial);
  useEffect(() => {
    if (progress.status !== "sending" && progress.status !== "queued") return;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/editor/newsletters/${issueId}/progress`, { cache: "no-store" });
        const body = (await response.json()) as { progress?: Progress };
        if (body.progress) setProgress(body.progress);
      } catch {
        setProgress((p) => ({ ...p }));
      }
    }, 1_000);
    return () => clearTimeout(timer);
  }, [issueId, progress]);
  const pct = (n: number) => (progress.total ? (n / progress.total) * 100 : 0);
  const done = progress.status === "done";
  return (
    <section aria-labelledby="progress-heading" className="panel p-4">
      <h2 id="progress-heading" className="text-sm font-semibold">
        {done ? "Sent" : "Sending…"}
      </h2>
      <div
        role="progressbar"
        aria-label="Send progress"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.sent + progress.failed + progress.skipped}
        className="mt-3 flex h-3 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800"
      >
        <div className="bg-accent-600 transition-all dark:bg-accent-400" style={{ width: `${pct(progress.sent)}%` }} />
        <div className="bg-red-500 transition-all" style={{ width: `${pct(progress.failed)}%` }} />
        <div className="bg-stone-400 transition-all" style={{ width: `${pct(progress.skipped)}%` }} />
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-5" aria-live="polite">
        {(
          [
            ["Recipients", progress.total],
            ["Sent", progress.sent],
            ["Failed", progress.failed],
            ["Skipped", progress.skipped],
            ["Remaining", progress.remaining],
          ] as const
        ).map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-stone-600 dark:text-stone-400">{label}</dt>
            <dd className="font-semibold tabular-nums" data-testid={`count-${label.toLowerCase()}`}>
              {value.toLocaleString("en")}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-stone-600 dark:text-stone-400">
        Failed: the receiving server refused the address permanently, or kept refusing it. Skipped: the subscriber left or bounced after the
        send began.
      </p>
    </section>
  );
}
