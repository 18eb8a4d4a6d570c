/** A write whose unique slug is taken answers null instead of throwing: the editor forms say so by the field. */
function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

/** Runs a write; a unique violation (slug taken) becomes `null` instead of an exception. */
export async function unlessSlugTaken<T>(write: () => Promise<T>): Promise<T | null> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) return null;
    throw err;
  }
}
