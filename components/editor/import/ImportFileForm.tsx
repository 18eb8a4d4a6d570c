/** The panel form of an import page: submitting it runs `onSubmit` in the page, without a reload. */
export function ImportFileForm({ onSubmit, children }: { onSubmit: () => void; children: React.ReactNode }) {
  return (
    <form
      className="grid gap-3 rounded-lg bg-white p-4 ring-1 ring-stone-200 sm:grid-cols-2 dark:bg-stone-900 dark:ring-stone-800"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
