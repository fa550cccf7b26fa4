import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useCountingServer, useTestContext } from '../../test/support/build-test-app';
import { createTestAccount } from '../../test/support/factories';
import { TestClient } from '../../test/support/http-client';
import { testDatabaseKinds } from '../../test/support/test-database';
import { hashToken, newToken } from '../lib/tokens';

/** Asks until the answer satisfies `done`, up to a bound: for writes the app learns of by its poll. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, boundMs = 10_000): Promise<T> {
  const until = Date.now() + boundMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The unread count the navigation shows beside "Notifications" (0 when it shows none). */
function unreadShown(body: string): number {
  const count = /href="\/notifications"[^>]*>[^<]*(?:<span class="count" aria-hidden="true">(\d+)<\/span>)?/.exec(body);
  return Number(count?.[1] ?? 0);
}

const pollMs = 250;

for (const kind of testDatabaseKinds()) {
  describe(`pages kept for each signed-in person [${kind}]`, { timeout: 300_000 }, () => {
    const ctx = useTestContext(kind);

    const counting = useCountingServer(ctx, pollMs);

    /** A person signed in on the polling server, who has opened one page with a form (so the CSRF cookie is set). */
    async function person(name: string, entity: string) {
      const account = await createTestAccount(ctx().deps, { roles: ['focal_point'], entity, name });
      const client = new TestClient(counting().server);
      await client.signIn(account.email, account.password);
      await client.get('/work');
      return { ...account, client };
    }

    async function notify(accountId: number, title: string): Promise<void> {
      await ctx()
        .deps.db.insertInto('notifications')
        .values({ account_id: accountId, kind: 'round_opened', params: JSON.stringify({ title }), url: '/statements/workspace', mail: 'none', created_at: new Date(), read_at: null })
        .execute();
    }

    it("serves a person their page again without asking the database, and never someone else's", async () => {
      const [first, second] = [await person('First Keeper of Pages', 'UNODC'), await person('Second Keeper of Pages', 'ILO')];
      const pages = ['/work', '/progress', '/statements/workspace', '/members/unodc'];
      // Creating the accounts moved the stamp; the server forgets what it keeps once more on the poll after.
      await new Promise((resolve) => setTimeout(resolve, 3 * pollMs));
      for (const page of pages) {
        const [one, two] = await Promise.all([first.client.get(page), second.client.get(page)]);
        expect(one.statusCode).toBe(200);
        expect(one.body).toContain('First Keeper of Pages');
        expect(one.body).not.toContain('Second Keeper of Pages');
        expect(two.body).toContain('Second Keeper of Pages');
        expect(two.body).not.toContain('First Keeper of Pages');
        expect(one.headers['cache-control']).toBe('no-store');
        let again = one;
        const asked = await counting().counter.during(async () => {
          again = await first.client.get(page);
        });
        expect({ page, asked }).toEqual({ page, asked: [] });
        expect(again.body).toBe(one.body);
        expect(again.headers['cache-control']).toBe('no-store');
      }
      // Another session carrying the first person's CSRF cookie (copied, say) still gets its own page.
      const mixed = `icat_session=${second.client.cookies.get('icat_session')}; icat_csrf=${first.client.csrfToken}`;
      const borrowed = await counting().server.inject({ method: 'GET', url: '/work', headers: { cookie: mixed } });
      expect(borrowed.body).toContain('Second Keeper of Pages');
      expect(borrowed.body).not.toContain('First Keeper of Pages');
      // Visitors never get a person's page, nor a person a visitor's.
      const visitor = await new TestClient(counting().server).get('/members/unodc');
      expect(visitor.body).not.toContain('Keeper of Pages');
    });

    it('keeps nothing for a page that sets a cookie, nor for a page not marked', async () => {
      const reader = await createTestAccount(ctx().deps, { roles: ['member'], entity: 'IOM', name: 'Reader Without Forms Yet' });
      const client = new TestClient(counting().server);
      await client.signIn(reader.email, reader.password);
      client.cookies.delete('icat_csrf');
      const given = await client.get('/work');
      expect(String(given.headers['set-cookie'])).toContain('icat_csrf=');
      const before = counting().counter.count();
      await client.get('/work');
      expect(counting().counter.count()).toBeGreaterThan(before);
      const kept = counting().counter.count();
      await client.get('/work');
      expect(counting().counter.count()).toBe(kept);
      // /account lists sessions, which move no stamp: it is never kept.
      await client.get('/account');
      const account = counting().counter.count();
      await client.get('/account');
      expect(counting().counter.count()).toBeGreaterThan(account);
    });

    it("shows a notification given by another process in the person's counts within the poll bound", async () => {
      const reader = await person('Reader of Notifications', 'UNHCR');
      const shown = unreadShown((await reader.client.get('/work')).body);
      await notify(reader.id, 'A round opened while the page was kept');
      const after = await eventually(
        async () => unreadShown((await reader.client.get('/work')).body),
        (count) => count === shown + 1,
      );
      expect(after).toBe(shown + 1);
      // Reading them all, on this server, shows at once.
      expect((await reader.client.post('/notifications/read-all')).statusCode).toBe(303);
      expect(unreadShown((await reader.client.get('/work')).body)).toBe(0);
    });

    it("keeps an API token's answers for that token only: a draft stays hidden from a token that may not read it", async () => {
      const pen = await createTestAccount(ctx().deps, { roles: ['admin'], entity: 'UNODC' });
      const writer = new TestClient(counting().server);
      await writer.signIn(pen.email, pen.password);
      const started = await writer.post('/statements/new', { kind: 'joint_statement', title: 'A draft only members read', body: 'Kept apart by token.' });
      const draft = `/api/v1${String(started.headers.location).split('?')[0]}`;
      const bearers = await Promise.all(
        (['member', 'survivor_advisor'] as const).map(async (role) => {
          const account = await createTestAccount(ctx().deps, { roles: [role], entity: role === 'member' ? 'ILO' : undefined });
          const token = newToken('icat_');
          await ctx()
            .deps.db.insertInto('api_tokens')
            .values({ account_id: account.id, name: 'kept', token_hash: hashToken(token), created_at: new Date() })
            .execute();
          return `Bearer ${token}`;
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 3 * pollMs));
      const ask = (authorization: string) => counting().server.inject({ url: draft, headers: { authorization } });
      for (let round = 0; round < 2; round++) {
        const [member, advisor] = await Promise.all(bearers.map(ask));
        expect(member?.statusCode).toBe(200);
        expect(member?.body).toContain('A draft only members read');
        expect(advisor?.statusCode).toBe(404);
        expect(member?.headers['cache-control']).toBe('no-store');
      }
      const asked = await counting().counter.during(() => ask(bearers[0] as string));
      expect(asked).toEqual([]);
    });

    it('gives nothing kept to a session that has ended, even with its old cookies', async () => {
      const leaver = await person('Person Who Signs Out', 'OSCE');
      const kept = await leaver.client.get('/work');
      expect(kept.statusCode).toBe(200);
      const oldCookies = [...leaver.client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
      expect((await leaver.client.post('/logout')).statusCode).toBe(303);
      const replayed = await counting().server.inject({ method: 'GET', url: '/work', headers: { cookie: oldCookies } });
      expect(replayed.statusCode).toBe(303);
      expect(replayed.headers.location).toMatch(/^\/login/);
      expect(replayed.body).not.toContain('Person Who Signs Out');
    });

    it('gives each of many people at once their own pages while another process writes', async () => {
      const names = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'].map((word) => `${word} Concurrent Reader`);
      const entities = ['UNODC', 'ILO', 'IOM', 'UNHCR', 'OSCE', 'ICMPD'];
      const readers = await Promise.all(names.map((name, index) => person(name, entities[index] as string)));
      const writes = readers.map((reader) => notify(reader.id, `For ${reader.email}`));
      const reads = readers.flatMap((reader) => ['/work', '/statements/workspace', '/meetings'].map(async (page) => ({ reader, answer: await reader.client.get(page) })));
      const [, answers] = await Promise.all([Promise.all(writes), Promise.all(reads)]);
      for (const { reader, answer } of answers) {
        expect(answer.statusCode).toBe(200);
        const own = names[readers.indexOf(reader)] as string;
        expect(answer.body).toContain(own);
        for (const other of names) if (other !== own) expect(answer.body).not.toContain(other);
      }
      const unread = await sql<{ count: string }>`select count(*)::text as count from notifications where read_at is null and account_id = ${readers[0]?.id ?? 0}`.execute(ctx().deps.db);
      const shown = await eventually(
        async () => unreadShown((await readers[0]!.client.get('/work')).body),
        (count) => count === Number(unread.rows[0]?.count),
      );
      expect(shown).toBe(Number(unread.rows[0]?.count));
    });
  });
}
