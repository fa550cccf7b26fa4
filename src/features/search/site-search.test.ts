import { beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { createTestAccount } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { indexDocument } from './search.service';

for (const kind of testDatabaseKinds()) {
  describe(`the search page [${kind}]`, () => {
    const ctx = useTestContext(kind);
    const visitor = () => new TestClient(ctx().app);
    let member: TestClient;
    let admin: TestClient;

    beforeAll(async () => {
      const db = ctx().deps.db;
      await indexDocument(db, { kind: 'decision', recordId: 9001, title: 'Members-only decision on walrusword', body: 'internal', year: 2022, url: '/decisions/9001', visibility: 'members' });
      await indexDocument(db, {
        kind: 'group_post',
        recordId: 9002,
        title: 'Post in a group of nobody on walrusword',
        body: '',
        year: 2022,
        url: '/groups/x/posts/9002',
        visibility: 'group',
        groupId: 999_999,
      });
      await indexDocument(db, { kind: 'statement', recordId: 9003, title: 'Public statement on walrusword', body: 'published text', year: 2021, url: '/statements/x', visibility: 'public' });
      await indexDocument(db, {
        kind: 'publication',
        recordId: 9004,
        title: '<script>alert(1)</script> zanzibarword',
        body: 'Before <img src=x onerror=alert(1)> the zanzibarword & "quotes" after',
        year: 2020,
        url: '/publications/x',
        visibility: 'public',
      });
      for (let n = 0; n < 25; n++) {
        await indexDocument(db, { kind: 'event', recordId: 9100 + n, title: `Okapiword event ${n}`, body: 'okapiword', year: 2000 + (n % 3), url: `/events/e${n}`, visibility: 'public' });
      }
      member = new TestClient(ctx().app);
      const memberAccount = await createTestAccount(ctx().deps, { roles: ['member'], entity: 'UNODC' });
      await member.signIn(memberAccount.email, memberAccount.password);
      admin = new TestClient(ctx().app);
      const adminAccount = await createTestAccount(ctx().deps, { roles: ['admin'] });
      await admin.signIn(adminAccount.email, adminAccount.password);
    });

    it('finds for each person only what they may see', async () => {
      const titles = async (client: TestClient) =>
        (await client.get('/api/v1/search?q=walrusword'))
          .json()
          .items.map((item: { title: string }) => item.title)
          .sort();
      expect(await titles(visitor())).toEqual(['Public statement on walrusword']);
      expect(await titles(member)).toEqual(['Members-only decision on walrusword', 'Public statement on walrusword']);
      expect(await titles(admin)).toEqual(['Members-only decision on walrusword', 'Post in a group of nobody on walrusword', 'Public statement on walrusword']);
    });

    it('finds the seeded publications, events and Policy Support Group posts, ranked', async () => {
      const publicResults = await visitor().get('/search?q=vienna+migration+conference');
      expect(publicResults.body).toContain('Beyond the short term');
      const memberResults = await member.get('/api/v1/search?q=reception+centres');
      expect(memberResults.json().items[0].title).toBe('Sample: checklist for reception centres');
      expect((await visitor().get('/api/v1/search?q=reception+centres')).json().total).toBe(0);
    });

    it('highlights matches and escapes everything else', async () => {
      const page = await visitor().get('/search?q=zanzibarword');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; <mark>zanzibarword</mark>');
      expect(page.body).not.toContain('<script>alert');
      expect(page.body).not.toContain('<img src=x');
      expect(page.body).toContain('<mark>zanzibarword</mark>');
      expect(page.body).toContain('&amp;');
    });

    it('counts by kind and year, narrows by them, and pages', async () => {
      const all = (await visitor().get('/api/v1/search?q=okapiword')).json();
      expect(all.total).toBe(25);
      expect(all.items).toHaveLength(20);
      expect(all.facets.kinds).toEqual([{ value: 'event', count: 25 }]);
      expect(all.facets.years).toEqual([
        { value: 2002, count: 8 },
        { value: 2001, count: 8 },
        { value: 2000, count: 9 },
      ]);
      expect((await visitor().get('/api/v1/search?q=okapiword&page=2')).json().items).toHaveLength(5);
      expect((await visitor().get('/api/v1/search?q=okapiword&year=2001')).json().total).toBe(8);
      expect((await visitor().get('/api/v1/search?q=okapiword&kind=publication')).json().total).toBe(0);
      const html = await visitor().get('/search?q=okapiword');
      expect(html.body).toContain('25 results');
      expect(html.body).toContain('href="/search?q=okapiword&amp;year=2000"');
      expect(html.body).toContain('Page 1 of 2');
    });

    it('answers bad input with 400 and an empty query with a prompt', async () => {
      expect((await visitor().get(`/search?q=${'x'.repeat(300)}`)).statusCode).toBe(400);
      expect((await visitor().get('/search?kind=%3Cb%3E')).statusCode).toBe(400);
      expect((await visitor().get('/search')).body).toContain('Type a few words');
      expect((await visitor().get('/search?q=the')).statusCode).toBe(200);
      expect((await visitor().get('/search?q=%22unclosed+%26+|+!')).statusCode).toBe(200);
    });
  });
}
