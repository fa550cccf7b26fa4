/** Builds the real app on a test database, with a fixed clock and a throwaway data directory. */
import { rmSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app';
import { seedDatabase } from '../../src/cli/seed';
import { loadGroupSettings } from '../../src/features/group-settings/group-settings.service';
import { loadConfig, type Config } from '../../src/config';
import type { Database, DatabaseKind } from '../../src/db/database';
import type { Deps } from '../../src/deps';
import type { DB } from '../../src/db/schema';
import type { PageCacheOptions } from '../../src/http/page-cache';
import { openJobQueue } from '../../src/jobs/queue';
import { startJobWorkers } from '../../src/jobs/workers';
import { movableClock, type MovableClock } from '../../src/lib/clock';
import { silentLogger } from '../../src/lib/logger';
import { countStatements, type StatementCounter } from './statement-counter';
import { makeTempDir, openTestDatabase } from './test-database';

export const testNow = '2022-11-20T10:00:00Z';

export interface TestContext {
  kind: DatabaseKind;
  database: Database;
  config: Config;
  clock: MovableClock;
  deps: Deps;
  app: FastifyInstance;
}

export function testConfig(dataDir: string, env: Record<string, string> = {}): Config {
  return loadConfig({ ICAT_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ICAT_SEED: 'false', ...env });
}

export interface TestContextOptions {
  seed?: boolean;
  now?: string;
  env?: Record<string, string>;
  /** Tests read the content stamp before every page a visitor may get from the cache, unless a test asks to poll. */
  pageCache?: Partial<PageCacheOptions>;
}

export async function createTestContext(kind: DatabaseKind, options: TestContextOptions = {}): Promise<TestContext> {
  const database = await openTestDatabase(kind);
  const dataDir = makeTempDir('icat-files-');
  const config = testConfig(dataDir, options.env);
  const clock = movableClock(options.now ?? testNow);
  const jobs = await openJobQueue(database.db, { workers: true, pollingIntervalSeconds: 0.5 });
  const deps: Deps = { db: database.db, config, clock, log: silentLogger, jobs };
  if (options.seed !== false) await seedDatabase(deps);
  // Every page reads the group's names: ICAT's after the seed, neutral words on an empty database.
  await loadGroupSettings(deps);
  const app = await buildApp({ ...deps, database, pageCache: { pollMs: 0, ...options.pageCache } });
  await app.ready();
  await startJobWorkers(deps, jobs);
  const close = database.close.bind(database);
  return {
    kind,
    database: {
      ...database,
      async close() {
        await app.close();
        await jobs.stop();
        await close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    },
    config,
    clock,
    deps,
    app,
  };
}

/** Opens a context before the tests of a describe block and closes it after; read it inside tests. */
export function useTestContext(kind: DatabaseKind, options: TestContextOptions = {}): () => TestContext {
  let context: TestContext | undefined;
  beforeAll(async () => {
    context = await createTestContext(kind, options);
  });
  afterAll(async () => {
    await context?.database.close();
  });
  return () => {
    if (!context) throw new Error('The test context is not ready yet.');
    return context;
  };
}

/** Waits until the queue has nothing left to run (what a request queued: mail, a report), up to a bound. */
export async function settleJobs(deps: Deps, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const waiting = await sql<{ count: number }>`select count(*)::int as count from pgboss.job where state in ('created', 'retry', 'active') and start_after <= now() + interval '1 minute'`.execute(
      deps.db,
    );
    if ((waiting.rows[0]?.count ?? 0) === 0) return;
    if (Date.now() > until) throw new Error('Jobs were still waiting or running after the bound.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An app as the server runs it, on the test context's database, following the stamp by polling, counting its statements. */
export interface CountingServer {
  server: FastifyInstance;
  counter: StatementCounter<DB>;
}

export function useCountingServer(ctx: () => TestContext, pollMs: number): () => CountingServer {
  let built: CountingServer | undefined;
  beforeAll(async () => {
    const { deps, database } = ctx();
    const counter = countStatements(deps.db);
    const server = await buildApp({ ...deps, db: counter.db, database, pageCache: { pollMs } });
    await server.ready();
    built = { server, counter };
  });
  afterAll(async () => built?.server.close());
  return () => {
    if (!built) throw new Error('The counting server is not ready yet.');
    return built;
  };
}
