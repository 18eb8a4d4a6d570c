/** The rows of a raw `db.execute`: node-postgres wraps them in `{ rows }`, PGlite too, older drivers return the array. */
export function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

/**
 * Every row of a table in pages, by increasing id (keyset paging: each page starts after the last
 * id of the one before, so no page costs more than the first). `readAfter(id)` reads the page
 * after `id`; the pages end at the first empty one.
 */
export async function* pagesById<T extends { id: number }>(readAfter: (id: number) => Promise<T[]>): AsyncGenerator<T[]> {
  let after = 0;
  for (;;) {
    const page = await readAfter(after);
    if (page.length === 0) return;
    yield page;
    after = page.at(-1)!.id;
  }
}
