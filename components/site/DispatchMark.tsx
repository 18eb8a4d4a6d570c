/** The site's mark, the "D" tile and the name, as the site header and the sign-in pages show it. */
export function DispatchMark() {
  return (
    <>
      <span
        aria-hidden="true"
        className="grid size-8 place-items-center rounded-lg bg-accent-700 font-serif text-lg font-semibold text-white dark:bg-accent-300 dark:text-stone-950"
      >
        D
      </span>
      <span className="font-serif text-xl font-semibold tracking-tight">Dispatch</span>
    </>
  );
}
