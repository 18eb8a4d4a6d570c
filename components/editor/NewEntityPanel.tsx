/** The folded "+ New …" form at the top of an editor list page. */
export function NewEntityPanel({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <details className="mt-5 rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
      <summary className="cursor-pointer text-sm font-semibold">+ {label}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
