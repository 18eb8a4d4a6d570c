/** Opens the app's database for a command-line script and always closes it (PGlite otherwise keeps the process alive). */
import { closeDb, getHandle } from "@/db";
import { parseEnv } from "@/lib/env";

export async function withDatabase<T>(fn: (handle: Awaited<ReturnType<typeof getHandle>>) => Promise<T>): Promise<T> {
  try {
    parseEnv();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
  const handle = await getHandle();
  try {
    return await fn(handle);
  } finally {
    await closeDb();
  }
}

export function fail(err: unknown): never {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
