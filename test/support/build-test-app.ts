/** Builds the real app on a test database, with a fixed clock and a throwaway data directory. */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app';
import { seedDatabase } from '../../src/cli/seed';
import { loadConfig, type Config } from '../../src/config';
import type { Database, DatabaseKind } from '../../src/db/database';
import type { Deps } from '../../src/deps';
import { movableClock, type MovableClock } from '../../src/lib/clock';
import { silentLogger } from '../../src/lib/logger';
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

export async function createTestContext(kind: DatabaseKind, options: { seed?: boolean; now?: string; env?: Record<string, string> } = {}): Promise<TestContext> {
  const database = await openTestDatabase(kind);
  const dataDir = makeTempDir('icat-files-');
  const config = testConfig(dataDir, options.env);
  const clock = movableClock(options.now ?? testNow);
  const deps: Deps = { db: database.db, config, clock, log: silentLogger };
  if (options.seed !== false) await seedDatabase(deps);
  const app = await buildApp({ database, config, clock, db: database.db });
  await app.ready();
  const close = database.close.bind(database);
  return {
    kind,
    database: {
      ...database,
      async close() {
        await app.close();
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
export function useTestContext(kind: DatabaseKind, options: { seed?: boolean; now?: string; env?: Record<string, string> } = {}): () => TestContext {
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
