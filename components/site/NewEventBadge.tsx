/** The "New" badge of a study tour the editors marked as new, in lists and under issues. */
export function NewEventBadge() {
  return (
    <span className="rounded-full bg-accent-700 px-2 py-0.5 text-[0.7rem] font-bold tracking-wider text-white uppercase dark:bg-accent-300 dark:text-stone-950">
      New
    </span>
  );
}
