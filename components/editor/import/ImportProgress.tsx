/**
 * The progress bar of a running import, labelled by `children`. Without `known` (the total is not
 * known yet) the bar is indeterminate.
 */
export function ImportProgress({ id, known, children }: { id: string; known?: { value: number; max: number }; children: React.ReactNode }) {
  return (
    <div>
      <label className="text-sm" htmlFor={id}>
        {children}
      </label>
      <progress id={id} className="mt-1 block w-full" {...known} />
    </div>
  );
}
