const styles = {
  draft: "bg-stone-200 text-stone-700 dark:bg-stone-800 dark:text-stone-300",
  scheduled: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  published: "bg-accent-100 text-accent-900 dark:bg-accent-950 dark:text-accent-200",
} as const;

const labels = { draft: "Draft", scheduled: "Scheduled", published: "Published" } as const;

export function StatusBadge({ status }: { status: keyof typeof styles }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ${styles[status]}`}>{labels[status]}</span>
  );
}
