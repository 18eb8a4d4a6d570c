/** The search field; a plain GET form that works without JavaScript. */
export function SearchForm({ value = "" }: { value?: string }) {
  return (
    <form action="/search" role="search" aria-label="Search the archive" className="flex gap-2">
      <label htmlFor="search-q" className="sr-only">
        Search issues
      </label>
      <input
        id="search-q"
        name="q"
        type="search"
        defaultValue={value}
        maxLength={2000}
        placeholder="Try “superconductor” or “DeepSeek”"
        className="h-12 min-w-0 flex-1 rounded-full border border-stone-300 bg-white px-5 text-base placeholder:text-stone-500 focus:outline-none focus-visible:border-accent-600 dark:border-stone-700 dark:bg-stone-900 dark:placeholder:text-stone-400"
      />
      <button
        type="submit"
        className="h-12 rounded-full bg-accent-700 px-6 text-sm font-semibold text-white hover:bg-accent-800 dark:bg-accent-300 dark:text-stone-950 dark:hover:bg-accent-200"
      >
        Search
      </button>
    </form>
  );
}
