/** The heading block at the top of a list page. */
export function PageIntro({ eyebrow, title, children }: { eyebrow?: string; title: string; children?: React.ReactNode }) {
  return (
    <header className="max-w-3xl pt-10 pb-8 sm:pt-14">
      {eyebrow ? <p className="text-xs font-bold tracking-[0.18em] text-accent-800 uppercase dark:text-accent-300">{eyebrow}</p> : null}
      <h1 className="mt-2 font-serif text-4xl leading-tight font-semibold tracking-tight text-balance sm:text-5xl">{title}</h1>
      {children ? <div className="mt-4 text-lg leading-relaxed text-stone-600 dark:text-stone-400">{children}</div> : null}
    </header>
  );
}
