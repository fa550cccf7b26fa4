/**
 * Several instances on one PostgreSQL server, as a group that outgrew one machine runs them behind
 * a load balancer: a person moves between instances without noticing, files and reports made on one
 * are served by the other, a lockout counted on one holds on the other, and a scheduled job runs once.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app';
import { openServerDatabase, type Database } from '../../src/db/database';
import type { Deps } from '../../src/deps';
import { openJobQueue, type JobRunner } from '../../src/jobs/queue';
import { startJobWorkers } from '../../src/jobs/workers';
import { fixedClock } from '../../src/lib/clock';
import { silentLogger } from '../../src/lib/logger';
import type { FastifyInstance } from 'fastify';
import { createTestContext, testConfig, testNow, type TestContext } from '../support/build-test-app';
import { createTestAccount } from '../support/factories';
import { TestClient } from '../support/http-client';
import { postMultipart } from '../support/multipart';
import { samplePdf } from '../support/sample-files';
import { makeTempDir } from '../support/test-database';

interface Instance {
  app: FastifyInstance;
  jobs: JobRunner;
  database: Database;
}

/** A second instance: its own connections, job workers and app, on the first one's database. */
async function startInstance(url: string, schedules: Record<string, string>): Promise<Instance> {
  const database = await openServerDatabase(url, 4);
  const jobs = await openJobQueue(database.db, { workers: true, pollingIntervalSeconds: 0.5, schedules });
  const deps: Deps = { db: database.db, config: testConfig(makeTempDir('icat-instance-')), clock: fixedClock(testNow), log: silentLogger, jobs };
  const app = await buildApp({ ...deps, database });
  await app.ready();
  await startJobWorkers(deps, jobs);
  return { app, jobs, database };
}

const everyMinute = { 'search.reindex': '* * * * *' };

describe.skipIf(!process.env.TEST_DATABASE_URL)('several instances on one PostgreSQL server', () => {
  let a: TestContext;
  let b: Instance;
  let c: Instance;

  beforeAll(async () => {
    a = await createTestContext('postgres');
    b = await startInstance(a.database.location, everyMinute);
    c = await startInstance(a.database.location, everyMinute);
  }, 120_000);

  afterAll(async () => {
    for (const instance of [b, c]) {
      await instance?.app.close();
      await instance?.jobs.stop();
      await instance?.database.close();
    }
    await a?.database.close();
  });

  it('keeps a person signed in from one instance to the other, forms included', async () => {
    const person = await createTestAccount(a.deps, { roles: ['focal_point'], entity: 'IOM' });
    const onA = new TestClient(a.app);
    await onA.signIn(person.email, person.password);
    const onB = onA.sameBrowserOn(b.app);
    const account = await onB.get('/account');
    expect(account.statusCode).toBe(200);
    expect(account.body).toContain(person.email);
    const token = await onB.post('/account/tokens', { name: 'made on instance B' });
    expect(token.statusCode).toBe(200);
    expect((await onA.get('/account')).body).toContain('made on instance B');
  });

  it('serves on one instance the file uploaded on the other', async () => {
    const person = await createTestAccount(a.deps, { roles: ['focal_point'], entity: 'UNODC' });
    const onA = new TestClient(a.app);
    await onA.signIn(person.email, person.password);
    const fields = { kind: 'policy_brief', title: 'Uploaded on A', summary: 'x', crises: '', themes: '', regions: '', links: '' };
    const posted = await postMultipart(onA, '/groups/policy-support-group/posts', fields, [{ field: 'files', fileName: 'brief.pdf', bytes: samplePdf }]);
    expect(posted.statusCode).toBe(303);
    const page = await onA.sameBrowserOn(b.app).get(String(posted.headers.location).split('?')[0] as string);
    const href = /href="([^"]+\/files\/\d+)"/.exec(page.body)?.[1] as string;
    const download = await onA.sameBrowserOn(b.app).get(href);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(samplePdf)).toBe(true);
  });

  it('holds on one instance a lockout counted on the other', async () => {
    const person = await createTestAccount(a.deps, { roles: ['member'], entity: 'OSCE' });
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await new TestClient(a.app).post('/login', { email: person.email, password: 'not the password' })).statusCode).toBe(422);
    }
    const onB = await new TestClient(b.app).post('/login', { email: person.email, password: person.password });
    expect(onB.statusCode).toBe(429);
  });

  it('generates a report asked for on one instance, followed and downloaded on the other', { timeout: 180_000 }, async () => {
    const chair = await createTestAccount(a.deps, { roles: ['cochair', 'focal_point'], entity: 'ICMPD' });
    const onA = new TestClient(a.app);
    await onA.signIn(chair.email, chair.password);
    expect((await onA.post('/reports/2022/generate', { formats: ['html', 'docx'] })).statusCode).toBe(303);
    const onB = onA.sameBrowserOn(b.app);
    const until = Date.now() + 150_000;
    let page = await onB.get('/reports/2022/edit');
    while (!page.body.includes('The files are ready') && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      page = await onB.get('/reports/2022/edit');
    }
    expect(page.body).toContain('The files are ready');
    const stored = await a.deps.db
      .selectFrom('report_files')
      .innerJoin('stored_files', 'stored_files.name', 'report_files.stored_name')
      .select('stored_files.bytes')
      .where('report_files.name', '=', 'icat-annual-report-2022.docx')
      .executeTakeFirstOrThrow();
    const download = await onB.get('/reports/2022/report.docx');
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(stored.bytes)).toBe(true);
    const generations = await a.deps.db.selectFrom('audit_log').select('id').where('table_name', '=', 'report_files').where('action', '=', 'generate').execute();
    expect(generations).toHaveLength(1);
  });

  it('runs a scheduled job once a minute, whichever of the two instances takes it', { timeout: 180_000 }, async () => {
    const count = async () =>
      (await sql<{ count: number }>`select count(*)::int as count from pgboss.job where name = 'search.reindex' and state = 'completed'`.execute(a.deps.db)).rows[0]?.count ?? 0;
    const minuteOf = async () => (await sql<{ minute: string }>`select to_char(now(), 'YYYY-MM-DD HH24:MI') as minute`.execute(a.deps.db)).rows[0]?.minute;
    const started = await minuteOf();
    const until = Date.now() + 150_000;
    while ((await count()) === 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await count()).toBeGreaterThanOrEqual(1);
    const perMinute = await sql<{ minute: string; jobs: number }>`
      select to_char(created_on, 'YYYY-MM-DD HH24:MI') as minute, count(*)::int as jobs from pgboss.job
      where name = 'search.reindex' and to_char(created_on, 'YYYY-MM-DD HH24:MI') >= ${started ?? ''} group by 1`.execute(a.deps.db);
    for (const row of perMinute.rows) expect(row.jobs, row.minute).toBe(1);
  });
});
