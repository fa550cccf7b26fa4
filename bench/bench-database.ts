/** A throwaway embedded database for a benchmark: migrated, with its deps, removed afterwards. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config';
import { openEmbeddedDatabase, type Database } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';
import type { Deps } from '../src/deps';
import { openJobQueue } from '../src/jobs/queue';
import type { Clock } from '../src/lib/clock';
import { silentLogger } from '../src/lib/logger';

export async function withBenchDatabase(clock: Clock, work: (deps: Deps, database: Database) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'icat-bench-'));
  const database = await openEmbeddedDatabase({ dataDir, inMemory: true });
  try {
    await migrateToLatest(database.db);
    const config = loadConfig({ ICAT_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ICAT_SEED: 'false' });
    const jobs = await openJobQueue(database.db, { workers: false });
    try {
      await work({ db: database.db, config, clock, log: silentLogger, jobs }, database);
    } finally {
      await jobs.stop();
    }
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
