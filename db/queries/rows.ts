/** The rows of a raw `db.execute`: node-postgres wraps them in `{ rows }`, PGlite too, older drivers return the array. */
export function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}
