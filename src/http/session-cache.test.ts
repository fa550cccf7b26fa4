import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useCountingServer, useTestContext } from '../../test/support/build-test-app';
import { createTestAccount, type TestAccount } from '../../test/support/factories';
import { TestClient } from '../../test/support/http-client';
import { testDatabaseKinds } from '../../test/support/test-database';
import type { Role } from '../features/accounts/accounts.table';
import { hashToken, newToken } from '../lib/tokens';

const hour = 60 * 60 * 1000;

for (const kind of testDatabaseKinds()) {
  describe(`sessions kept in memory [${kind}]`, { timeout: 300_000 }, () => {
    const ctx = useTestContext(kind);

    /**
     * An app as the server runs it, on the same database, counting its statements. It follows the
     * content stamp by polling, but the interval is long: the tests read the stamp (`check()`) where
     * a poll would, so what another process's write does is seen without waiting on a timer.
     */
    const counting = useCountingServer(ctx, 3_600_000);
    const poll = () => counting().server.contentFollower?.check();

    async function person(name: string, entity: string, roles: Role[] = ['focal_point']): Promise<{ account: TestAccount; client: TestClient }> {
      const account = await createTestAccount(ctx().deps, { roles, entity, name });
      const signedIn = new TestClient(ctx().app);
      await signedIn.signIn(account.email, account.password);
      return { account, client: signedIn.sameBrowserOn(counting().server) };
    }

    const sessionStatements = (statements: string[]) => statements.filter((statement) => /"sessions"/.test(statement));

    it('gives each person their own session, many at once, and asks the database only the first time', async () => {
      const people = await Promise.all([
        person('Kept Session Reader UNODC', 'UNODC'),
        person('Kept Session Reader ILO', 'ILO'),
        person('Kept Session Reader IOM', 'IOM'),
        person('Kept Session Reader OSCE', 'OSCE'),
      ]);
      await poll();
      for (let round = 0; round < 3; round += 1) {
        const answers = await Promise.all(people.flatMap(({ client }) => [client.get('/account'), client.get('/account')]));
        answers.forEach((answer, index) => {
          const own = people[Math.floor(index / 2)] as (typeof people)[number];
          expect(answer.statusCode).toBe(200);
          expect(answer.body).toContain(own.account.email);
          for (const other of people) if (other !== own) expect(answer.body).not.toContain(other.account.email);
        });
      }
      const first = people[0] as (typeof people)[number];
      const statements = await counting().counter.during(() => first.client.get('/account'));
      expect(sessionStatements(statements).filter((statement) => /^select/.test(statement))).toEqual([
        // The account page lists the person's sessions; the sign-in check itself ran nothing.
        expect.stringContaining('jsonb'),
      ]);
      expect(counting().server.sessionCache.counts.hits).toBeGreaterThan(0);
    });

    it("ends a session at once when this process signs it out, while others' sessions go on", async () => {
      const people = await Promise.all([person('Signing Out Reader', 'UNODC'), person('Staying Reader One', 'ILO'), person('Staying Reader Two', 'IOM')]);
      const [leaving, ...staying] = people;
      await poll();
      expect((await leaving.client.get('/account')).statusCode).toBe(200);
      const oldCookies = leaving.client.sameBrowserOn(counting().server);
      const [signedOut, ...others] = await Promise.all([leaving.client.post('/logout'), ...staying.map(({ client }) => client.get('/account'))]);
      expect(signedOut.statusCode).toBe(303);
      others.forEach((answer, index) => expect(answer.body).toContain(staying[index]?.account.email));
      const after = await oldCookies.get('/account');
      expect(after.statusCode).not.toBe(200);
      expect(after.body).not.toContain(leaving.account.email);
      for (const { client, account } of staying) expect((await client.get('/account')).body).toContain(account.email);
    });

    it("sees another process's changes on the next poll: a session ended, a role taken away, an account disabled", async () => {
      const [ended, demoted, disabled] = await Promise.all([person('Ended Elsewhere', 'UNODC'), person('Demoted Elsewhere', 'ILO', ['admin']), person('Disabled Elsewhere', 'IOM')]);
      await poll();
      for (const { client } of [ended, demoted, disabled]) expect((await client.get('/account')).statusCode).toBe(200);
      expect((await demoted.client.get('/admin/accounts')).statusCode).toBe(200);

      const db = ctx().deps.db;
      await db.deleteFrom('sessions').where('account_id', '=', ended.account.id).execute();
      await db
        .updateTable('accounts')
        .set({ roles: ['member'] })
        .where('id', '=', demoted.account.id)
        .execute();
      await db.updateTable('accounts').set({ disabled: true }).where('id', '=', disabled.account.id).execute();
      // Until the stamp is read, this server still holds what it resolved: that is the poll's bound.
      expect((await demoted.client.get('/admin/accounts')).statusCode).toBe(200);
      await poll();
      expect((await ended.client.get('/account')).body).not.toContain(ended.account.email);
      expect((await demoted.client.get('/admin/accounts')).statusCode).toBe(403);
      expect((await disabled.client.get('/account')).body).not.toContain(disabled.account.email);
    });

    it('refuses an API token revoked by another process on the next poll, and keeps tokens apart', async () => {
      const owners = await Promise.all([person('Token Owner One', 'UNODC'), person('Token Owner Two', 'ILO')]);
      const tokens = owners.map(() => newToken('icat_'));
      for (const [index, { account }] of owners.entries()) {
        await ctx()
          .deps.db.insertInto('api_tokens')
          .values({ account_id: account.id, name: 'kept', token_hash: hashToken(tokens[index] as string), created_at: ctx().clock.now() })
          .execute();
      }
      await poll();
      const ask = (token: string) => counting().server.inject({ url: '/api/v1/members', headers: { authorization: `Bearer ${token}` } });
      const answers = await Promise.all([...tokens, ...tokens].map(ask));
      for (const answer of answers) expect(answer.statusCode).toBe(200);
      await ctx()
        .deps.db.updateTable('api_tokens')
        .set({ revoked_at: ctx().clock.now() })
        .where('token_hash', '=', hashToken(tokens[0] as string))
        .execute();
      await poll();
      expect((await ask(tokens[0] as string)).statusCode).toBe(401);
      expect((await ask(tokens[1] as string)).statusCode).toBe(200);
    });

    it('keeps the idle timeout and the expiry exactly: marks the session seen after five minutes, and ends it when it expires', async () => {
      const { client, account } = await person('Idle Reader', 'UNODC');
      await poll();
      expect((await client.get('/account')).statusCode).toBe(200);
      ctx().clock.advance(6 * 60 * 1000);
      const statements = await counting().counter.during(() => client.get('/account'));
      expect(statements.some((statement) => /^update "sessions"/.test(statement))).toBe(true);
      const seen = await sql<{ last_seen_at: Date }>`select last_seen_at from sessions where account_id = ${account.id}`.execute(ctx().deps.db);
      expect(seen.rows[0]?.last_seen_at.getTime()).toBe(ctx().clock.now().getTime());
      expect((await client.get('/account')).statusCode).toBe(200);
      ctx().clock.advance(25 * hour);
      const expired = await client.get('/account');
      expect(expired.statusCode).not.toBe(200);
      expect(expired.body).not.toContain(account.email);
    });
  });
}
