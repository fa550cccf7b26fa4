/**
 * Forward-only migrations from src/db/migrations, named YYYYMMDDHHmm_verb_object.ts. Each runs in a
 * transaction; a failure stops the run and is reported with the migration's name.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before any table type exists
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { AppError } from '../lib/errors';
import { localized } from '../lib/i18n';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));
/** Migrations are TypeScript in the sources and JavaScript once built. */
const migrationFile = /^(\d{12}_[a-z0-9_]+)\.[jt]s$/;

class DirectoryMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {};
    for (const file of readdirSync(migrationsDir).sort()) {
      const name = migrationFile.exec(file)?.[1];
      if (!name) continue;
      migrations[name] = (await import(pathToFileURL(join(migrationsDir, file)).href)) as Migration;
    }
    return migrations;
  }
}

function knownMigrationNames(): string[] {
  return readdirSync(migrationsDir)
    .map((file) => migrationFile.exec(file)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();
}

/** The newest migration this version of the platform knows. */
export function latestMigrationName(): string | null {
  return knownMigrationNames().at(-1) ?? null;
}

/**
 * The applied migrations' names when every migration this version knows is among them, else null:
 * the common case at each start, which then neither loads the migrations nor takes the migrator's lock.
 */
async function appliedWhenUpToDate(db: Kysely<any>): Promise<string[] | null> {
  const applied = await appliedMigrations(db);
  if (!applied) return null;
  const names = new Set(applied);
  return knownMigrationNames().every((name) => names.has(name)) ? applied : null;
}

/** The applied migrations' names in order, or null on a database that has never been migrated. */
async function appliedMigrations(db: Kysely<any>): Promise<string[] | null> {
  const exists = await sql<{ found: boolean }>`select to_regclass('public.kysely_migration') is not null as found`.execute(db);
  if (!exists.rows[0]?.found) return null;
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((row) => row.name);
}

export interface MigrationReport {
  applied: string[];
  level: string | null;
}

export async function migrateToLatest(db: Kysely<any>): Promise<MigrationReport> {
  const upToDate = await appliedWhenUpToDate(db);
  if (upToDate) return { applied: [], level: upToDate.at(-1) ?? null };
  const migrator = new Migrator({ db, provider: new DirectoryMigrationProvider() });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result) => result.status === 'Error');
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('MIGRATION_FAILED', failed ? localized('raised.migration.failed', { name: failed.migrationName, reason }) : localized('raised.migration.couldNotRun', { reason }));
  }
  return {
    applied: results.filter((result) => result.status === 'Success').map((result) => result.migrationName),
    level: await migrationLevel(db),
  };
}

/** Migrates up to (and including) the named migration: a restore first brings an empty database to its backup's level. */
export async function migrateTo(db: Kysely<any>, name: string): Promise<void> {
  const migrator = new Migrator({ db, provider: new DirectoryMigrationProvider() });
  const { error, results = [] } = await migrator.migrateTo(name);
  if (error) {
    const failed = results.find((result) => result.status === 'Error');
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('MIGRATION_FAILED', localized(failed ? 'raised.migration.failed' : 'raised.migration.toFailed', { name: failed ? failed.migrationName : name, reason }));
  }
}

/** The name of the newest applied migration, or null on an empty database. */
export async function migrationLevel(db: Kysely<any>): Promise<string | null> {
  return (await appliedMigrations(db))?.at(-1) ?? null;
}
