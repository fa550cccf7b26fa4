import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { useTestContext } from '../../../test/support/build-test-app';
import { createTestAccount } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { countStatements, type StatementCounter } from '../../../test/support/statement-counter';
import { testDatabaseKinds } from '../../../test/support/test-database';
import type { DB } from '../../db/schema';
import { scopeOf } from './progress.read.service';

const readsYearScope = (statement: string) => statement.includes('array(select distinct rp.year from reporting_periods');

for (const kind of testDatabaseKinds()) {
  describe(`the year's documents kept in memory [${kind}]`, { timeout: 300_000 }, () => {
    const ctx = useTestContext(kind);

    /** An app as the server runs it, on the same database; the tests read the stamp where its poll would. */
    let server: FastifyInstance;
    let counter: StatementCounter<DB>;
    let focal: TestClient;
    beforeAll(async () => {
      const { deps, database } = ctx();
      counter = countStatements(deps.db);
      server = await buildApp({ ...deps, db: counter.db, database, pageCache: { pollMs: 3_600_000 } });
      await server.ready();
      const account = await createTestAccount(deps, { roles: ['focal_point'], entity: 'UNODC' });
      const signedIn = new TestClient(ctx().app);
      await signedIn.signIn(account.email, account.password);
      focal = signedIn.sameBrowserOn(server);
    });
    afterAll(async () => server?.close());
    const poll = () => server.contentFollower?.check();

    async function addPeriod(year: number): Promise<void> {
      const now = ctx().clock.now();
      await ctx()
        .deps.db.insertInto('reporting_periods')
        .values({ year, label: `Kept ${year}`, kind: 'yearly', opens_on: `${year}-01-01`, deadline: `${year}-12-31`, created_at: now, updated_at: now })
        .execute();
    }

    it('reads a year once for many readers at once', async () => {
      await poll();
      const deps = { ...ctx().deps, db: counter.db };
      const statements = await counter.during(() => Promise.all(Array.from({ length: 5 }, () => scopeOf(deps, 2022))));
      expect(statements.filter(readsYearScope)).toHaveLength(1);
      const scopes = await Promise.all([scopeOf(deps, 2022), scopeOf(deps, null)]);
      expect(scopes[0].year).toBe(2022);
      // Each caller has its own copy: what one does to it, another does not see.
      expect(scopes[0].pledges).not.toBe((await scopeOf(deps, 2022)).pledges);
    });

    it("shows another process's change on the next poll, and this process's own at once", async () => {
      const years = async () => (await focal.get('/progress')).body;
      expect(await years()).not.toContain('value="2016"');
      await addPeriod(2016);
      expect(await years()).not.toContain('value="2016"');
      await poll();
      expect(await years()).toContain('value="2016"');

      // A write answered by this server reads the stamp before its answer leaves: no poll is needed.
      await addPeriod(2015);
      expect((await focal.post('/account/language', { locale: 'en' })).statusCode).toBe(303);
      expect(await years()).toContain('value="2015"');
    });

    it('reads afresh in every request while nothing follows the stamp', async () => {
      const unfollowed = countStatements(ctx().deps.db);
      const deps = { ...ctx().deps, db: unfollowed.db };
      const statements = await unfollowed.during(async () => {
        await scopeOf(deps, 2022);
        await scopeOf(deps, 2022);
      });
      expect(statements.filter(readsYearScope)).toHaveLength(2);
    });
  });
}
