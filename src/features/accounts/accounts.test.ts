import { sql } from 'kysely';
import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { useTestContext, type TestContext } from '../../../test/support/build-test-app';
import { createTestAccount, testPassword } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { icat, madeUpGroup, useGroup } from '../../../test/support/group-words';
import { outbox } from '../../../test/support/mail';
import { testDatabaseKinds } from '../../../test/support/test-database';

function linkIn(mail: string): string {
  const match = /http:\/\/localhost:3000(\/account\/set-password\/[\w-]+)/.exec(mail);
  if (!match?.[1]) throw new Error(`No link in mail: ${mail}`);
  return match[1];
}

async function auditRows(ctx: TestContext, action: string) {
  return ctx.database.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();
}

async function codeAt(ctx: TestContext, secret: string): Promise<string> {
  return generate({ secret, epoch: Math.floor(ctx.clock.now().getTime() / 1000) });
}

for (const kind of testDatabaseKinds()) {
  describe(`accounts and sign-in [${kind}]`, () => {
    const ctx = useTestContext(kind);

    it('signs in through the form, rotates the session, and signs out server-side', async () => {
      const account = await createTestAccount(ctx().deps, { roles: ['member'], entity: 'UNODC' });
      const client = new TestClient(ctx().app);
      await client.get('/login');
      const csrfBefore = client.csrfToken;
      const response = await client.post('/login', { email: account.email.toUpperCase(), password: testPassword, next: '/account' });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/account');
      const cookie = response.cookies.find((c) => c.name === 'icat_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(client.csrfToken).not.toBe(csrfBefore);
      const page = await client.get('/account');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(account.email);
      const sessionToken = client.cookies.get('icat_session') as string;
      await client.post('/logout');
      expect((await client.get('/account')).statusCode).toBe(303);
      const replay = new TestClient(ctx().app);
      replay.cookies.set('icat_session', sessionToken);
      expect((await replay.get('/account')).headers.location).toBe('/login?next=%2Faccount');
    });

    it('gives the same answer for an unknown email and a wrong password', async () => {
      const account = await createTestAccount(ctx().deps, { roles: ['member'], entity: 'UNODC' });
      const unknown = await new TestClient(ctx().app).post('/login', { email: 'nobody@example.org', password: 'whatever it is' });
      const wrong = await new TestClient(ctx().app).post('/login', { email: account.email, password: 'not the password' });
      expect(unknown.statusCode).toBe(wrong.statusCode);
      const message = (body: string) => /<h2 class="error-summary-title">([^<]+)<\/h2>/.exec(body)?.[1];
      expect(message(unknown.body)).toBe('The email or password is not right.');
      expect(message(wrong.body)).toBe(message(unknown.body));
    });

    it('refuses sign-in for a while after 5 failures for an account, and audits it', async () => {
      const account = await createTestAccount(ctx().deps, { roles: ['member'], entity: 'ILO' });
      const client = new TestClient(ctx().app);
      for (let i = 0; i < 5; i++) expect((await client.post('/login', { email: account.email, password: `wrong ${i} password` })).statusCode).toBe(422);
      const locked = await client.post('/login', { email: account.email, password: testPassword });
      expect(locked.statusCode).toBe(429);
      expect(locked.headers['set-cookie'] ?? '').not.toContain('icat_session');
      const refusals = await auditRows(ctx(), 'sign_in.refused');
      expect(refusals.some((row) => row.record_id === String(account.id))).toBe(true);
    });

    it('refuses sign-in from an address after 20 failures in 15 minutes, whatever the account', async () => {
      const account = await createTestAccount(ctx().deps, { roles: ['member'], entity: 'UNICEF' });
      const client = new TestClient(ctx().app, { remoteAddress: '203.0.113.9' });
      for (let i = 0; i < 20; i++) await client.post('/login', { email: `guess${i}@example.org`, password: 'guessing a password' });
      expect((await client.post('/login', { email: account.email, password: testPassword })).statusCode).toBe(429);
      await new TestClient(ctx().app, { remoteAddress: '198.51.100.4' }).signIn(account.email, testPassword);
    });

    it('refuses a state-changing request without the CSRF token and changes nothing', async () => {
      const account = await createTestAccount(ctx().deps, { roles: ['member'], entity: 'UNODC' });
      const client = new TestClient(ctx().app);
      await client.signIn(account.email, account.password);
      const before = await ctx()
        .database.db.selectFrom('api_tokens')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const response = await client.post('/account/tokens', { name: 'no token' }, { csrf: false });
      expect(response.statusCode).toBe(403);
      const forged = await client.post('/account/tokens', { name: 'wrong token', _csrf: 'x'.repeat(43) }, { csrf: false });
      expect(forged.statusCode).toBe(403);
      const after = await ctx()
        .database.db.selectFrom('api_tokens')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(after.n).toBe(before.n);
    });

    it('invites a colleague of the same organization; the link sets a password once, then is refused', async () => {
      const focal = await createTestAccount(ctx().deps, { roles: ['focal_point'], entity: 'IOM' });
      const client = new TestClient(ctx().app);
      await client.signIn(focal.email, focal.password);
      const mailsBefore = (await outbox(ctx().deps)).length;
      const invited = await client.post('/account/invite', { name: 'New Colleague', email: 'new.colleague@iom.example.org', roles: 'member', entity: 'UNODC' });
      expect(invited.statusCode).toBe(303);
      const created = await ctx()
        .database.db.selectFrom('accounts')
        .innerJoin('entities', 'entities.id', 'accounts.entity_id')
        .select(['entities.acronym', 'accounts.password_hash'])
        .where('email', '=', 'new.colleague@iom.example.org')
        .executeTakeFirstOrThrow();
      expect(created).toEqual({ acronym: 'IOM', password_hash: null });
      const mail = (await outbox(ctx().deps)).slice(mailsBefore).find((text) => text.includes('new.colleague@iom.example.org')) as string;
      // The invitation says what it is for: the role and the organization.
      expect(mail).toContain('Subject: Your invitation to the ICAT coordination platform for IOM');
      expect(mail).toContain('as Member of International Organization for Migration (IOM).');
      const link = linkIn(mail);
      const invitee = new TestClient(ctx().app);
      expect((await invitee.get(link)).statusCode).toBe(200);
      const mismatch = await invitee.post(link, { password: 'a long enough password', confirm: 'something else entirely' });
      expect(mismatch.statusCode).toBe(400);
      expect(mismatch.body).toContain('does not match the password');
      const set = await invitee.post(link, { password: 'a long enough password', confirm: 'a long enough password' });
      expect(set.statusCode).toBe(303);
      await invitee.signIn('new.colleague@iom.example.org', 'a long enough password');
      const reused = await new TestClient(ctx().app).post(link, { password: 'another long password', confirm: 'another long password' });
      expect(reused.statusCode).toBe(404);
      expect(reused.body).toContain('expired or has already been used');
    });

    it('lets a focal point invite only members or focal points, and an admin anyone', async () => {
      const focal = await createTestAccount(ctx().deps, { roles: ['focal_point'], entity: 'UNHCR' });
      const client = new TestClient(ctx().app);
      await client.signIn(focal.email, focal.password);
      const response = await client.post('/account/invite', { name: 'Would-be admin', email: 'boss@unhcr.example.org', roles: 'admin' });
      expect(response.statusCode).toBe(403);
      const member = await createTestAccount(ctx().deps, { roles: ['member'], entity: 'UNHCR' });
      const memberClient = new TestClient(ctx().app);
      await memberClient.signIn(member.email, member.password);
      expect((await memberClient.post('/account/invite', { name: 'X', email: 'x@unhcr.example.org', roles: 'member' })).statusCode).toBe(403);
    });

    it("offers the advisory role under the group's name, and not at all when the group names none; an account that holds it keeps working", async () => {
      const advisor = await createTestAccount(ctx().deps, { roles: ['survivor_advisor'] });
      const admin = await createTestAccount(ctx().deps, { roles: ['admin'] });
      const client = new TestClient(ctx().app);
      await client.signIn(admin.email, admin.password);
      const icatForm = (await client.get('/account/invite')).body;
      expect(icatForm).toContain('value="survivor_advisor"');
      expect(icatForm).toContain('Survivor advisor');
      useGroup(madeUpGroup);
      try {
        expect((await client.get('/account/invite')).body).not.toContain('value="survivor_advisor"');
        const mailsBefore = (await outbox(ctx().deps)).length;
        const refused = await client.post('/account/invite', { name: 'Would-be adviser', email: 'adviser@water.example.org', roles: 'survivor_advisor' });
        expect(refused.statusCode).toBe(400);
        expect(refused.body).toContain('The group has no advisory role to offer: choose another role.');
        expect(await ctx().database.db.selectFrom('accounts').select('id').where('email', '=', 'adviser@water.example.org').executeTakeFirst()).toBeUndefined();
        expect((await outbox(ctx().deps)).length).toBe(mailsBefore);
        // The group's name is in the invitation, ICAT's nowhere.
        expect((await client.post('/account/invite', { name: 'Water Colleague', email: 'colleague@water.example.org', roles: 'member', entity: 'UNODC' })).statusCode).toBe(303);
        const mail = (await outbox(ctx().deps)).find((text) => text.includes('colleague@water.example.org')) as string;
        expect(mail).toContain('Subject: Your invitation to the RWCN coordination platform for UNODC');
        expect(mail).toContain('has invited you to the RWCN coordination platform as Member of');
        expect(mail).not.toContain('ICAT');
        // The adviser already on record still signs in; the role shows under a plain name.
        const advisorClient = new TestClient(ctx().app);
        await advisorClient.signIn(advisor.email, advisor.password);
        const page = (await advisorClient.get('/account')).body;
        expect(page).toMatch(/<dd>Advisor<\/dd>/);
      } finally {
        useGroup(icat);
      }
    });

    it('resets a password through an expiring link; an expired link is refused', async () => {
      const account = await createTestAccount(ctx().deps, { roles: ['member'], entity: 'UNFPA' });
      const before = (await outbox(ctx().deps)).length;
      const asked = await new TestClient(ctx().app).post('/password/forgot', { email: account.email });
      const unknown = await new TestClient(ctx().app).post('/password/forgot', { email: 'nobody@example.org' });
      expect(asked.statusCode).toBe(200);
      expect(unknown.body.replace(/name="_csrf" value="[^"]+"/g, '')).toBe(asked.body.replace(/name="_csrf" value="[^"]+"/g, ''));
      const mails = (await outbox(ctx().deps)).slice(before);
      expect(mails).toHaveLength(1);
      expect(mails[0]).toContain('Subject: Reset your password on the ICAT coordination platform');
      const link = linkIn(mails[0] as string);
      await ctx()
        .database.db.updateTable('account_links')
        .set({ expires_at: new Date('2022-01-01T00:00:00Z') })
        .where('purpose', '=', 'reset')
        .execute();
      const expired = await new TestClient(ctx().app).post(link, { password: 'a fresh new password', confirm: 'a fresh new password' });
      expect(expired.statusCode).toBe(404);
      await new TestClient(ctx().app).signIn(account.email, account.password);
    });

    it('turns on a second factor, then asks for the code at sign-in', async () => {
      const account = await createTestAccount(ctx().deps, { roles: ['admin'] });
      const client = new TestClient(ctx().app);
      await client.signIn(account.email, account.password);
      const setup = await client.post('/account/second-factor/start');
      const secret = /id="totp-secret">([A-Z2-7]+)</.exec(setup.body)?.[1] as string;
      expect(secret).toBeTruthy();
      expect((await client.post('/account/second-factor/confirm', { code: '000000' })).statusCode).toBe(400);
      expect((await client.post('/account/second-factor/confirm', { code: await codeAt(ctx(), secret) })).statusCode).toBe(200);

      const next = new TestClient(ctx().app);
      const first = await next.post('/login', { email: account.email, password: account.password });
      expect(first.headers.location).toMatch(/^\/login\/second-factor/);
      expect((await next.get('/account')).statusCode).toBe(303);
      const pendingToken = next.cookies.get('icat_session');
      expect((await next.post('/login/second-factor', { code: '123456' })).statusCode).toBe(400);
      // The code that confirmed the set-up was used: the next one, 30 seconds on, signs in.
      expect((await next.post('/login/second-factor', { code: await codeAt(ctx(), secret) })).statusCode).toBe(400);
      ctx().clock.advance(30_000);
      const done = await next.post('/login/second-factor', { code: await codeAt(ctx(), secret) });
      expect(done.statusCode).toBe(303);
      expect(next.cookies.get('icat_session')).not.toBe(pendingToken);
      expect((await next.get('/account')).statusCode).toBe(200);
    });

    it('takes admin rights away from an admin without a second factor when the secretariat requires one', async () => {
      const admin = await createTestAccount(ctx().deps, { roles: ['admin'] });
      const client = new TestClient(ctx().app);
      await client.signIn(admin.email, admin.password);
      expect((await client.get('/admin/audit')).statusCode).toBe(200);
      expect((await client.post('/admin/second-factor', { required: 'true' })).statusCode).toBe(303);
      expect((await client.get('/admin/audit')).statusCode).toBe(403);
      expect((await client.get('/account')).body).toContain('requires a second factor for administrators and co-chairs');
      await ctx()
        .database.db.insertInto('app_meta')
        .values({ key: 'require_second_factor_for_admins', value: 'false' })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: 'false' }))
        .execute();
    });

    it('creates an API token shown once and stored hashed; it works as a bearer until revoked', async () => {
      const account = await createTestAccount(ctx().deps, { roles: ['admin'] });
      const client = new TestClient(ctx().app);
      await client.signIn(account.email, account.password);
      const page = await client.post('/account/tokens', { name: 'reporting script' });
      const token = /id="new-token">\s*(icat_[\w-]+)/.exec(page.body)?.[1] as string;
      expect(token).toBeTruthy();
      const stored = await ctx().database.db.selectFrom('api_tokens').selectAll().where('name', '=', 'reporting script').executeTakeFirstOrThrow();
      expect(stored.token_hash).not.toContain(token);
      expect((await client.get('/account')).body).not.toContain(token);
      const api = await ctx().app.inject({ url: '/admin/audit.csv', headers: { authorization: `Bearer ${token}` } });
      expect(api.statusCode).toBe(200);
      expect((await ctx().app.inject({ url: '/api/v1/members', headers: { authorization: 'Bearer icat_wrong' } })).statusCode).toBe(401);
      await client.post(`/account/tokens/${stored.id}/revoke`);
      expect((await ctx().app.inject({ url: '/admin/audit.csv', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    });

    it('lets a focal point edit their own profile, audited, and refuses another organization (403)', async () => {
      const focal = await createTestAccount(ctx().deps, { roles: ['focal_point'], entity: 'OSCE' });
      const client = new TestClient(ctx().app);
      await client.signIn(focal.email, focal.password);
      const form = await client.get('/members/osce/profile');
      expect(form.statusCode).toBe(200);
      const version = /name="version" value="(\d+)"/.exec(form.body)?.[1] as string;
      const saved = await client.post('/members/osce/profile', { version, regions: ['europe_central_asia', 'asia_pacific'], forms: 'labour', initiatives: 'Sample initiative A\nSample initiative B' });
      expect(saved.statusCode).toBe(303);
      const member = await client.get('/api/v1/members/osce');
      expect(member.json().profile).toMatchObject({ asOf: '2022-11-20', values: { regions: ['europe_central_asia', 'asia_pacific'], forms: ['labour'] }, isSample: false });
      const entry = (await auditRows(ctx(), 'create')).filter((row) => row.table_name === 'profiles').at(-1);
      expect(entry?.actor_account_id).toBe(focal.id);
      expect(entry?.after).toMatchObject({ mapping: { regions: ['europe_central_asia', 'asia_pacific'] } });
      expect((await client.get('/members/unodc/profile')).statusCode).toBe(403);
      const other = await client.post('/members/unodc/profile', { version: '1', regions: 'africa' });
      expect(other.statusCode).toBe(403);
    });

    it('refuses a stale save with 409, keeping what the user typed and showing the newer values', async () => {
      const focal = await createTestAccount(ctx().deps, { roles: ['focal_point'], entity: 'UNAIDS' });
      const first = new TestClient(ctx().app);
      const second = new TestClient(ctx().app);
      await first.signIn(focal.email, focal.password);
      await second.signIn(focal.email, focal.password);
      const version = /name="version" value="(\d+)"/.exec((await first.get('/members/unaids/profile')).body)?.[1] as string;
      await second.get('/members/unaids/profile');
      expect((await first.post('/members/unaids/profile', { version, regions: 'americas', expertise: 'First save' })).statusCode).toBe(303);
      const stale = await second.post('/members/unaids/profile', { version, regions: 'africa', expertise: 'My unsaved words' });
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain('My unsaved words');
      expect(stale.body).toContain('The newer saved values');
      expect(stale.body).toContain('First save');
      const current = await ctx().app.inject('/api/v1/members/unaids');
      expect(current.json().profile.expertise).toBe('First save');
    });

    it('lets the admin edit a member record, audited with before and after', async () => {
      const admin = await createTestAccount(ctx().deps, { roles: ['admin'] });
      const client = new TestClient(ctx().app);
      await client.signIn(admin.email, admin.password);
      const form = await client.get('/members/interpol/edit');
      const version = /name="version" value="(\d+)"/.exec(form.body)?.[1] as string;
      const saved = await client.post('/members/interpol/edit', {
        version,
        name: 'International Criminal Police Organization',
        kind: 'international',
        status: 'member',
        mandate: 'Police cooperation (test edit).',
      });
      expect(saved.statusCode).toBe(303);
      const entry = (await auditRows(ctx(), 'update')).filter((row) => row.table_name === 'entities').at(-1);
      expect(entry?.before).toMatchObject({ mandate: null });
      expect(entry?.after).toMatchObject({ mandate: 'Police cooperation (test edit).' });
      const audit = await client.get('/admin/audit?table=entities');
      expect(audit.body).toContain('Police cooperation (test edit).');
      const csv = await client.get('/admin/audit.csv?entity=INTERPOL');
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body).toContain('Police cooperation (test edit).');
      const focal = await createTestAccount(ctx().deps, { roles: ['focal_point'], entity: 'INTERPOL' });
      const focalClient = new TestClient(ctx().app);
      await focalClient.signIn(focal.email, focal.password);
      expect((await focalClient.post('/members/interpol/edit', { version, name: 'X', kind: 'international', status: 'member' })).statusCode).toBe(403);
    });

    it('bounds request bodies and names the bad field in a validation error', async () => {
      const huge = await ctx().app.inject({ method: 'POST', url: '/login', payload: `email=${'a'.repeat(2 * 1024 * 1024)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(huge.statusCode).toBe(413);
      const admin = await createTestAccount(ctx().deps, { roles: ['admin'] });
      const client = new TestClient(ctx().app);
      await client.signIn(admin.email, admin.password);
      const bad = await client.post('/account/invite', { name: 'Someone', email: 'not-an-email', roles: 'member' });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('must be an email address');
      expect(bad.body).toContain('href="#email"');
    });

    it('keeps the audit log append-only: the database refuses UPDATE and DELETE', async () => {
      const db = ctx().database.db;
      await expect(sql`update audit_log set action = 'tampered'`.execute(db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/);
      const tampered = await db.selectFrom('audit_log').select('id').where('action', '=', 'tampered').execute();
      expect(tampered).toEqual([]);
    });
  });
}
