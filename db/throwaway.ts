/**
 * A throwaway database: in-memory PGlite by default, or a fresh PostgreSQL database (created here,
 * dropped by `close`) when a server URL is given. Migrated and handed to the query layer. Used by
 * the tests (tests/support/database.ts) and by scripts that must not touch the app's own data
 * (`npm run bench:send`); free of any test framework, so plain scripts can import it.
 */
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { MIGRATIONS_FOLDER, provideDatabase, type Db, type Engine } from "@/db";
import * as schema from "@/db/schema";

/** `url` is set for PostgreSQL, so that another process (a killed worker) can use the same database. */
export type ThrowawayDatabase = { db: Db; engine: Engine; close: () => Promise<void>; url?: string };

/**
 * `pgliteTemplate`: a data folder dumped by `dumpMigratedPglite` (already migrated). Starting from
 * it skips initdb and the migrations, which cost seconds per database; it is ignored for PostgreSQL.
 */
export async function createThrowawayDatabase(
  serverUrl: string | undefined,
  options: { pgliteTemplate?: Blob } = {},
): Promise<ThrowawayDatabase> {
  const handle = serverUrl ? await createPostgres(serverUrl) : await createPglite(options.pgliteTemplate);
  provideDatabase(handle.db, handle.engine);
  return handle;
}

async function createPglite(template?: Blob): Promise<ThrowawayDatabase> {
  const client = template ? await PGlite.create({ loadDataDir: template }) : await PGlite.create();
  if (!template) await migratePglite(drizzlePglite({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return { db, engine: "pglite", close: () => client.close() };
}

/** An empty, migrated in-memory database as a tar archive, for `pgliteTemplate`. */
export async function dumpMigratedPglite(): Promise<Blob> {
  const client = await PGlite.create();
  await migratePglite(drizzlePglite({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  const dump = await client.dumpDataDir("none");
  await client.close();
  return dump;
}

async function createPostgres(adminUrl: string): Promise<ThrowawayDatabase> {
  const name = `dispatch_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 5 });
  // `close` drops the database with (force): a connection still held by work that outlived its
  // test (a mail sent after the response) is terminated then, as intended, not an uncaught error.
  pool.on("connect", (client) => client.on("error", () => {}));
  pool.on("error", () => {});
  await migratePg(drizzlePg({ client: pool }), { migrationsFolder: MIGRATIONS_FOLDER });
  const db = drizzlePg({ client: pool, schema });
  return {
    db,
    engine: "postgres",
    url: url.toString(),
    close: async () => {
      await pool.end();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
    },
  };
}
