import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openTestDatabase, testDatabaseKinds } from '../../test/support/test-database';
import { openJobQueue } from './queue';

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
}
