/**
 * Sets the cache namespace of this process (lib/cache/cache-namespace.mjs) from the database it
 * serves and the SITE_URL it serves it under. Until that succeeds nothing is cached; when the
 * database is not reachable at start (PostgreSQL down), it is retried in the background.
 */
import { createHash } from "node:crypto";
import { setCacheNamespace } from "@/lib/cache/cache-namespace.mjs";
import { getDatabaseIdentity } from "@/db/queries/cache-identity";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

export function namespaceFor(databaseIdentity: string, siteUrl: string): string {
  return createHash("sha256").update(`${databaseIdentity}|${siteUrl}`).digest("hex").slice(0, 16);
}

export async function adoptCacheNamespace(): Promise<void> {
  try {
    const namespace = namespaceFor(await getDatabaseIdentity(), env().SITE_URL);
    setCacheNamespace(namespace);
    log.info({ cacheNamespace: namespace }, "cache namespace");
  } catch (err) {
    log.warn({ err: (err as Error).message }, "cache namespace not known yet (nothing is cached until the database answers)");
    setTimeout(() => void adoptCacheNamespace(), 2_000).unref();
  }
}
