/**
 * The one database client of this process. PGlite in DATA_DIR/pglite when DATABASE_URL is unset,
 * node-postgres when it is a postgres:// URL. Both speak the same schema and migrations.
 */
import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { env } from "@/lib/env";
import { acquireDataDirLock, releaseDataDirLock } from "./lock";
import * as schema from "./schema";
import { log } from "@/lib/log";

export type Db = NodePgDatabase<typeof schema>;
export type Engine = "pglite" | "postgres";

type Handle = {
  db: Db;
  engine: Engine;
  close: () => Promise<void>;
};

const globalForDb = globalThis as unknown as { __dispatchDb?: Promise<Handle> };

/** Per statement on PostgreSQL; migrations lift it (their lock waits for other instances). */
export const STATEMENT_TIMEOUT_MS = 15_000;

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}

/** The database of this process, opened and migrated on first use. */
export async function getDb(): Promise<Db> {
  return (await getHandle()).db;
}

export async function getEngine(): Promise<Engine> {
  return (await getHandle()).engine;
}

export function getHandle(): Promise<Handle> {
  globalForDb.__dispatchDb ??= openHandle().catch((err) => {
    // Let a later call try again (e.g. PostgreSQL was down at start).
    globalForDb.__dispatchDb = undefined;
    throw err;
  });
  return globalForDb.__dispatchDb;
}

/**
 * Use an already-open database (tests and scripts that create their own). The caller owns it
 * and closes it.
 */
export function provideDatabase(db: Db, engine: Engine): void {
  globalForDb.__dispatchDb = Promise.resolve({ db, engine, close: async () => {} });
}

/** Closes the client so PGlite shuts down cleanly (no crash recovery on the next open). */
export async function closeDb(): Promise<void> {
  const pending = globalForDb.__dispatchDb;
  globalForDb.__dispatchDb = undefined;
  if (!pending) return;
  const handle = await pending.catch(() => undefined);
  await handle?.close();
}

async function openHandle(): Promise<Handle> {
  // The build reads no database: whatever it prerenders comes from an empty one in memory and
  // is never served (the cache handlers keep nothing without a namespace, lib/cache/), so the
  // build takes the same time and space for 16 issues or 10,000, and one build serves any database.
  if (isBuildPhase()) return openPglite({ inMemory: true });
  const { DATABASE_URL } = env();
  return DATABASE_URL ? openPostgres(DATABASE_URL) : openPglite();
}

async function openPostgres(url: string): Promise<Handle> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const pool = new Pool({
    connectionString: url,
    max: env().PG_POOL_MAX,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // No statement may hold a connection (and the CPU behind it) for long, whatever input reached
    // it. PGlite ignores this setting (measured: pg_sleep(2) under a 200 ms timeout finished), so
    // there the bounds on input (search words, Markdown) are the defence.
    statement_timeout: STATEMENT_TIMEOUT_MS,
  });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on("error", (err) => log.error({ err: err.message }, "postgres pool error"));
  const db = drizzle({ client: pool, schema });
  await migratePostgres(pool);
  return { db, engine: "postgres", close: () => pool.end() };
}

/** Runs migrations under an advisory lock so that several instances starting at once take turns. */
async function migratePostgres(pool: import("pg").Pool): Promise<void> {
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const client = await pool.connect();
  try {
    await client.query("set statement_timeout = 0");
    await client.query("select pg_advisory_lock(727274)");
    await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query("select pg_advisory_unlock(727274)").catch(() => {});
    await client.query("reset statement_timeout").catch(() => {});
    client.release();
  }
}

async function openPglite(options: { inMemory?: boolean } = {}): Promise<Handle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");

  let dataDir: string | undefined;
  let cleanup = async () => {};
  if (!options.inMemory) {
    const dataRoot = path.resolve(env().DATA_DIR);
    const liveDir = path.join(dataRoot, "pglite");
    mkdirSync(dataRoot, { recursive: true });
    await acquireDataDirLock(liveDir);
    dataDir = liveDir;
    cleanup = async () => releaseDataDirLock(liveDir);
  }

  const client = await PGlite.create(dataDir ? { dataDir } : {});
  const db = drizzle({ client, schema }) as unknown as Db;
  await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  return {
    db,
    engine: "pglite",
    close: async () => {
      await client.close();
      await cleanup();
    },
  };
}
