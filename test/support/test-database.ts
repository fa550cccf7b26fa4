/**
 * Test databases: a fresh in-memory PGlite per test file, and, when TEST_DATABASE_URL is set, a fresh
 * database on that PostgreSQL server too (created per file, dropped after). In CI the server is required.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openEmbeddedDatabase, openServerDatabase, type Database, type DatabaseKind } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';

export function testDatabaseKinds(): DatabaseKind[] {
  const url = process.env.TEST_DATABASE_URL;
  if (!url && process.env.CI === 'true') {
    throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests must run in CI.');
  }
  return url ? ['pglite', 'postgres'] : ['pglite'];
}

export function makeTempDir(prefix = 'icat-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The migrated copy the run's global setup saved, when there is one (a file run outside vitest has none). */
function migratedTemplate(): string | undefined {
  try {
    return inject('migratedPglite');
  } catch {
    return undefined;
  }
}

async function openPglite(migrated: boolean): Promise<Database> {
  const dataDir = makeTempDir();
  const startFrom = migrated ? migratedTemplate() : undefined;
  const database = await openEmbeddedDatabase({ dataDir, inMemory: true, ...(startFrom ? { startFrom } : {}) });
  return {
    ...database,
    async close() {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function databaseUrlFor(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`TEST_DATABASE_URL does not answer (${(error as Error).message}); the PostgreSQL tests cannot run.`);
  }
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function openPostgres(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL as string;
  const name = `icat_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const database = await openServerDatabase(databaseUrlFor(serverUrl, name), 4);
  return {
    ...database,
    async close() {
      await database.close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** A fresh, migrated database of the given kind. */
export async function openTestDatabase(kind: DatabaseKind, options: { migrate?: boolean } = {}): Promise<Database> {
  const migrate = options.migrate !== false;
  const database = kind === 'postgres' ? await openPostgres() : await openPglite(migrate);
  if (migrate) await migrateToLatest(database.db);
  return database;
}

/** Runs one statement on the PostgreSQL server (creating or dropping a database for a test). */
export async function onServer(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
