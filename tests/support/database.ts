/**
 * A real database for one test file: in-memory PGlite by default, or a fresh PostgreSQL database
 * (created here, dropped afterwards) when TEST_DATABASE_URL is set. Never a mock.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { MIGRATIONS_FOLDER, provideDatabase, type Db, type Engine } from "@/db";
import * as schema from "@/db/schema";

/** `url` is set for PostgreSQL, so that another process (a killed worker) can use the same database. */
export type TestDatabase = { db: Db; engine: Engine; close: () => Promise<void>; url?: string };

export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  const handle = url ? await createPostgres(url) : await createPglite();
  provideDatabase(handle.db, handle.engine);
  return handle;
}

async function createPglite(): Promise<TestDatabase> {
  const client = await PGlite.create();
  await migratePglite(drizzlePglite({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return { db, engine: "pglite", close: () => client.close() };
}

async function createPostgres(adminUrl: string): Promise<TestDatabase> {
  const name = `dispatch_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 5 });
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

/** Empties every table (fast isolation between tests in one file). */
export async function truncateAll(db: Db): Promise<void> {
  await db.execute(sql`truncate table
    deliveries, newsletter_sends, email_outbox, rate_limits, revisions, section_items, sections,
    issue_categories, issues, media, audit_events, account_tokens, revoked_sessions, users, subscribers, events, categories, authors
    restart identity cascade`);
}

/**
 * One real database for the calling test file: created before its tests, closed after them, and
 * emptied (then `seed`ed, if given) before each test. Returns a getter for the open database.
 */
export function databaseForThisFile(seed?: (db: Db) => Promise<void>): () => TestDatabase {
  let handle: TestDatabase | undefined;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });
  beforeEach(async () => {
    await truncateAll(handle!.db);
    await seed?.(handle!.db);
  });
  return () => handle!;
}
