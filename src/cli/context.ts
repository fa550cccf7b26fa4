/** What a command needs: configuration, the database (opened as owner or through the owner) and deps. */
import { loadConfig, type Config } from '../config';
import { openDatabase, type Database } from '../db/database';
import type { Deps } from '../deps';
import { systemClock } from '../lib/clock';
import { openJobQueue, type JobRunner } from '../jobs/queue';
import { consoleLogger } from '../lib/logger';

export interface CommandContext {
  config: Config;
  database: Database;
  deps: Deps;
  close(): Promise<void>;
}

export async function openCommandContext(env: NodeJS.ProcessEnv = process.env): Promise<CommandContext> {
  const config = loadConfig(env);
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  let jobs: JobRunner;
  try {
    jobs = await openJobQueue(database.db, { workers: false });
  } catch (error) {
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
  if (database.kind === 'postgres') return `PostgreSQL server ${database.location}`;
  const how = database.access === 'embedded-client' ? ', through the running server' : '';
  return `embedded PGlite in ${database.location}${how}`;
}

/** Runs a command with an open context and always closes it. */
export async function withContext<T>(run: (context: CommandContext) => Promise<T>): Promise<T> {
  const context = await openCommandContext();
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}
