/**
 * When the database cannot answer in time (another client keeps the embedded session busy), a
 * person gets a clear 503 with Retry-After, and stays signed in.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app';
import { seedDatabase } from '../../src/cli/seed';
import { openEmbeddedDatabase, type Database } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import type { Deps } from '../../src/deps';
import { openJobQueue, type JobRunner } from '../../src/jobs/queue';
import { fixedClock } from '../../src/lib/clock';
import { silentLogger } from '../../src/lib/logger';
import { testConfig, testNow } from '../support/build-test-app';
import { createTestAccount } from '../support/factories';
import { TestClient } from '../support/http-client';
import { makeTempDir } from '../support/test-database';

describe('a database that is busy', { timeout: 120_000 }, () => {
  const dataDir = makeTempDir('icat-busy-');
  let database: Database;
  let jobs: JobRunner;
  let app: FastifyInstance;
  let deps: Deps;

  beforeAll(async () => {
    database = await openEmbeddedDatabase({ dataDir, inMemory: true, sessionLimits: { waitTimeoutMs: 1500, idleInTransactionMs: 5000 } });
    await migrateToLatest(database.db);
    jobs = await openJobQueue(database.db, { workers: false });
    deps = { db: database.db, config: testConfig(makeTempDir('icat-busy-files-')), clock: fixedClock(testNow), log: silentLogger, jobs };
    await seedDatabase(deps);
    app = await buildApp({ ...deps, database });
    await app.ready();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await jobs?.stop();
    await database?.close();
  });

  it('answers 503 with Retry-After while another client keeps the session, and keeps the person signed in', async () => {
    const person = await createTestAccount(deps, { roles: ['focal_point'], entity: 'UNODC' });
    const client = new TestClient(app);
    await client.signIn(person.email, person.password);

    const holder = new pg.Client({ host: dataDir, port: 5432, user: 'postgres', database: 'postgres' });
    await holder.connect();
    await holder.query('begin');
    let holding = true;
    const busy = (async () => {
      while (holding) await holder.query('select pg_sleep(0.2)');
      await holder.query('rollback');
    })();
    try {
      const health = await client.get('/healthz');
      expect(health.statusCode).toBe(200);
      const page = await client.get('/account');
      expect(page.statusCode).toBe(503);
      expect(page.headers['retry-after']).toBe('5');
      expect(page.body).toContain('The platform is busy right now');
      expect(page.cookies.filter((cookie) => cookie.name === 'icat_session')).toEqual([]);
      const api = await client.get('/api/v1/members');
      expect(api.statusCode).toBe(503);
      expect(api.json().error.code).toBe('DATABASE_BUSY');
    } finally {
      holding = false;
      await busy;
      await holder.end();
    }
    const after = await client.get('/account');
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain(person.email);
  });
});
