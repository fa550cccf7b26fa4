/** What a command needs: configuration, the database (opened as owner or through the owner) and deps. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig, type Config } from '../config';
import { openDatabase, type Database } from '../db/database';
import type { Deps } from '../deps';
import { systemClock } from '../lib/clock';
import { openJobQueue, type JobRunner } from '../jobs/queue';
import { AppError } from '../lib/errors';
import { consoleLogger } from '../lib/logger';
import { localized } from '../lib/i18n';

export interface CommandContext {
  config: Config;
  database: Database;
  deps: Deps;
  close(): Promise<void>;
}

export interface ContextOptions {
  /**
   * A command that only reads the data (a report, a backup, reminders) refuses a data directory that
   * does not exist, rather than creating an empty one wherever it happens to be run. Others create it
   * and say where.
   */
  existingData?: boolean;
}

/** Where the embedded database is, or is missing: before a command creates or refuses it. */
export function checkDataDirectory(config: Config, options: ContextOptions): string | null {
  if (config.databaseUrl || existsSync(config.dataDir)) return null;
  const where = resolve(config.dataDir);
  if (options.existingData) {
    throw new AppError('NOT_FOUND', localized('cli.data.missing', { where }));
  }
  return where;
}

export function reportCreatedDataDirectory(where: string): void {
  console.error(localized('cli.data.created', { where }));
}

export async function openCommandContext(env: NodeJS.ProcessEnv = process.env, options: ContextOptions = {}): Promise<CommandContext> {
  const config = loadConfig(env);
  const created = checkDataDirectory(config, options);
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  if (created) reportCreatedDataDirectory(created);
  let jobs: JobRunner;
  try {
    jobs = await openJobQueue(database.db, { workers: false });
  } catch (error) {
    await database.close();
    throw error;
  }
  try {
    // What a command writes (mail, files, messages) names the group as its settings say. (Imported
    // here, not at the top: `icat serve` loads this file before it starts the database, and wants little.)
    const { loadGroupSettingsIfMigrated } = await import('../features/group-settings/group-settings.service');
    await loadGroupSettingsIfMigrated({ db: database.db });
  } catch (error) {
    await jobs.stop();
    await database.close();
    throw error;
  }
  return {
    config,
    database,
    deps: { db: database.db, config, clock: systemClock, log: consoleLogger, jobs },
    async close() {
      await jobs.stop();
      await database.close();
    },
  };
}

export function describeDatabase(database: Database): string {
  const location = database.location;
  if (database.kind === 'postgres') return localized('cli.database.postgres', { location });
  return localized(database.access === 'embedded-client' ? 'cli.database.embeddedClient' : 'cli.database.embedded', { location });
}

/** Runs a command with an open context and always closes it. */
export async function withContext<T>(run: (context: CommandContext) => Promise<T>, options: ContextOptions = {}): Promise<T> {
  const context = await openCommandContext(process.env, options);
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}
