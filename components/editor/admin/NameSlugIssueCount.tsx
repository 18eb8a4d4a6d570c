/** A record's name, its address slug and how many issues it has, side by side in an editor list. */
export function NameSlugIssueCount({ name, slug, issueCount }: { name: string; slug: string; issueCount: number }) {
  return (
    <>
      <span className="font-medium">{name}</span>
      <span className="font-mono text-xs text-stone-600 dark:text-stone-400">/{slug}</span>
      <span className="text-xs text-stone-600 dark:text-stone-400">{issueCount} issues</span>
    </>
  );
}
