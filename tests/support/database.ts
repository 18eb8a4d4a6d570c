/**
 * A real database for one test file: in-memory PGlite by default, or a fresh PostgreSQL database
 * (created here, dropped afterwards) when TEST_DATABASE_URL is set. Never a mock.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { createThrowawayDatabase, type ThrowawayDatabase } from "@/db/throwaway";

export type TestDatabase = ThrowawayDatabase;

let template: Blob | undefined;

/** Each embedded database starts from the migrated template that tests/support/global-setup.ts made. */
function pgliteTemplate(): Blob | undefined {
  const file = inject("pgliteTemplate");
  if (!file) return undefined;
  template ??= new Blob([readFileSync(file)]);
  return template;
}

export function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return createThrowawayDatabase(serverUrl, { pgliteTemplate: serverUrl ? undefined : pgliteTemplate() });
}

/** Empties every table (fast isolation between tests in one file). */
export async function truncateAll(db: Db): Promise<void> {
  await db.execute(sql`truncate table
    deliveries, newsletter_sends, email_outbox, rate_limits, revisions, section_items, sections,
    issue_categories, issues, media, audit_events, account_tokens, revoked_sessions, users, subscribers, events, categories, authors
    restart identity cascade`);
}

/**
 * One real database for the calling test file, created before its tests and closed after them;
 * what a test writes stays for the next. Returns a getter for the open database.
 */
export function databaseKeptAcrossTests(): () => TestDatabase {
  let handle: TestDatabase | undefined;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });
  return () => handle!;
}

/**
 * One real database for the calling test file: created before its tests, closed after them, and
 * emptied (then `seed`ed, if given) before each test. Returns a getter for the open database.
 */
export function databaseForThisFile(seed?: (db: Db) => Promise<unknown>): () => TestDatabase {
  const database = databaseKeptAcrossTests();
  beforeEach(async () => {
    await truncateAll(database().db);
    await seed?.(database().db);
  });
  return database;
}
