import type { ArticleSection } from "@/model/issue-view";

/**
 * The publisher's own promotion. Not numbered and not in the TL;DR; a link on a paragraph of its
 * own is styled as the button.
 */
export function CalloutSection({ section }: { section: ArticleSection }) {
  return (
    <aside
      aria-label={section.title}
      className="relative overflow-hidden rounded-3xl bg-accent-900 px-6 py-8 text-accent-50 sm:px-10 sm:py-10 dark:bg-accent-950 dark:ring-1 dark:ring-accent-800"
    >
      <div aria-hidden="true" className="absolute -top-16 -right-16 size-56 rounded-full bg-accent-700/40 blur-2xl" />
      <p className="relative text-xs font-bold tracking-[0.18em] text-accent-200 uppercase">From Dispatch</p>
      <h2 className="relative mt-2 font-serif text-2xl font-semibold text-white sm:text-3xl">{section.title}</h2>
      <div
        className="callout-body relative prose mt-4 max-w-none prose-invert prose-p:leading-relaxed prose-a:text-white prose-li:my-0.5 [&_p:last-child:has(>a:only-child)>a]:mt-2 [&_p:last-child:has(>a:only-child)>a]:inline-flex [&_p:last-child:has(>a:only-child)>a]:rounded-full [&_p:last-child:has(>a:only-child)>a]:bg-white [&_p:last-child:has(>a:only-child)>a]:px-5 [&_p:last-child:has(>a:only-child)>a]:py-2.5 [&_p:last-child:has(>a:only-child)>a]:font-semibold [&_p:last-child:has(>a:only-child)>a]:text-accent-900 [&_p:last-child:has(>a:only-child)>a]:no-underline hover:[&_p:last-child:has(>a:only-child)>a]:bg-accent-100"
        dangerouslySetInnerHTML={{ __html: section.html }}
      />
    </aside>
  );
}
