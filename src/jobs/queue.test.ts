import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openTestDatabase, testDatabaseKinds } from '../../test/support/test-database';
import { openJobQueue, queuePolicies, schedules } from './queue';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const kind of testDatabaseKinds()) {
  describe(`stopping the job queue [${kind}]`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });
    afterAll(async () => {
      await database.close();
    });

    it('waits for a job whose fetch was still in flight, so it never runs on a closed database', async () => {
      const jobs = await openJobQueue(database.db, { workers: true, pollingIntervalSeconds: 0.5 });
      await jobs.send('search.reindex', { scope: 'test' });
      const ran: string[] = [];
      let stopped = false;
      await database.db.connection().execute(async (holder) => {
        // Another client holds the job table, so the worker's first fetch waits in flight.
        await sql`begin`.execute(holder);
        await sql`lock table pgboss.job in access exclusive mode`.execute(holder);
        await jobs.work('search.reindex', async () => {
          await sleep(300);
          ran.push(stopped ? 'after stop returned' : 'before stop returned');
        });
        await sleep(400);
        const stopping = jobs.stop(15_000).then(() => (stopped = true));
        await sleep(300);
        await sql`commit`.execute(holder);
        await stopping;
      });
      expect(ran).toEqual(['before stop returned']);
      const states = await sql<{ state: string }>`select state from pgboss.job where name = 'search.reindex'`.execute(database.db);
      expect(states.rows.map((row) => row.state)).toEqual(['completed']);
    });
  });

  describe(`opening the job queue [${kind}]`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });
    afterAll(async () => {
      await database.close();
    });

    const policyOf = async (name: string) =>
      (await sql<{ retry_limit: number; retry_delay: number }>`select retry_limit, retry_delay from pgboss.queue where name = ${name}`.execute(database.db)).rows[0];
    const cronOf = async (name: string) => (await sql<{ cron: string }>`select cron from pgboss.schedule where name = ${name}`.execute(database.db)).rows[0]?.cron;

    it('puts back a queue policy or a schedule that differs from this version, and leaves the rest as it is', async () => {
      await (await openJobQueue(database.db, { workers: true })).stop();
      await sql`update pgboss.queue set retry_limit = 99 where name = 'mail.deliver'`.execute(database.db);
      await sql`update pgboss.schedule set cron = '1 1 * * *' where name = 'groups.digests'`.execute(database.db);
      const untouched = (await sql<{ updated_on: Date }>`select updated_on from pgboss.queue where name = 'report.generate'`.execute(database.db)).rows[0]?.updated_on;

      // A command only queues: it changes no policy and no schedule.
      await (await openJobQueue(database.db, { workers: false })).stop();
      expect((await policyOf('mail.deliver'))?.retry_limit).toBe(99);
      expect(await cronOf('groups.digests')).toBe('1 1 * * *');

      await (await openJobQueue(database.db, { workers: true })).stop();
      expect(await policyOf('mail.deliver')).toEqual({ retry_limit: queuePolicies['mail.deliver'].retryLimit, retry_delay: queuePolicies['mail.deliver'].retryDelay });
      expect(await cronOf('groups.digests')).toBe(schedules['groups.digests']);
      const after = (await sql<{ updated_on: Date }>`select updated_on from pgboss.queue where name = 'report.generate'`.execute(database.db)).rows[0]?.updated_on;
      expect(after).toEqual(untouched);
    });
  });
}
