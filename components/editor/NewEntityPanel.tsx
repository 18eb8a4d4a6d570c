/** The folded "+ New …" form at the top of an editor list page. */
export function NewEntityPanel({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <details className="panel mt-5 p-3">
      <summary className="cursor-pointer text-sm font-semibold">+ {label}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
