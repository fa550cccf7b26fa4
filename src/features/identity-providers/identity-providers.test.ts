import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { createTestAccount } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { signInThroughProvider } from '../accounts/sign-in.service';

// The sign-in itself runs in Chromium against a real provider (test/e2e/identity-providers.test.ts);
// here, the secretariat's settings and what an outsider can try, on both databases.
const secret = 'sEcReT-0f-the-provider-1234567890-wxyz';
const form = {
  name: 'UNODC Entra ID',
  issuer: 'https://login.example.org/tenant/v2.0',
  clientId: 'icat-client',
  clientSecret: secret,
  entities: 'UNODC',
  domains: 'entra.example.org\nun.example.org',
  passwordsAllowed: 'true',
};

for (const kind of testDatabaseKinds()) {
  describe(`identity providers: settings and refusals [${kind}]`, () => {
    const ctx = useTestContext(kind);

    async function signedIn(roles: ('admin' | 'focal_point' | 'member')[], entity?: string) {
      const account = await createTestAccount(ctx().deps, { roles, ...(entity ? { entity } : {}) });
      const client = new TestClient(ctx().app);
      await client.signIn(account.email, account.password);
      return { account, client };
    }

    it('saves a provider, never shows its secret back in full or writes it to the audit log, and keeps it when left empty', async () => {
      const { client } = await signedIn(['admin']);
      expect((await client.post('/admin/sign-in/providers', form)).statusCode).toBe(303);
      const page = await client.get('/admin/sign-in');
      expect(page.body).toContain('UNODC Entra ID');
      expect(page.body).toContain('http://localhost:3000/login/provider/callback');
      const row = await ctx().database.db.selectFrom('identity_providers').selectAll().where('name', '=', 'UNODC Entra ID').executeTakeFirstOrThrow();
      const edit = await client.get(`/admin/sign-in?edit=${row.id}`);
      expect(edit.body).toContain('…wxyz');
      for (const body of [page.body, edit.body]) expect(body).not.toContain(secret.slice(0, 12));
      const updated = await client.post(`/admin/sign-in/providers/${row.id}`, { ...form, clientSecret: '', passwordsAllowed: '', version: String(row.version) });
      expect(updated.statusCode).toBe(303);
      const after = await ctx().database.db.selectFrom('identity_providers').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
      expect(after.client_secret).toBe(secret);
      expect(after.passwords_allowed).toBe(false);
      const audit = await ctx().database.db.selectFrom('audit_log').selectAll().where('table_name', '=', 'identity_providers').execute();
      expect(audit.length).toBe(2);
      expect(JSON.stringify(audit)).not.toContain(secret);

      // A stale form (the version it was read at) is refused and changes nothing.
      const stale = await client.post(`/admin/sign-in/providers/${row.id}`, { ...form, name: 'Renamed', version: String(row.version) });
      expect(stale.statusCode).toBe(409);
      expect(stale.body).not.toContain(secret);
      expect((await ctx().database.db.selectFrom('identity_providers').select('name').where('id', '=', row.id).executeTakeFirstOrThrow()).name).toBe('UNODC Entra ID');
    });

    it('refuses bad settings with a message naming the field, and changes nothing', async () => {
      const { client } = await signedIn(['admin']);
      const before = await ctx().database.db.selectFrom('identity_providers').select('id').execute();
      const cases: [Record<string, string>, string][] = [
        [{ ...form, issuer: 'http://idp.example.org' }, 'https://'],
        [{ ...form, issuer: 'javascript:alert(1)' }, 'https://'],
        [{ ...form, domains: 'not a domain!' }, 'email domains'],
        [{ ...form, domains: '' }, 'at least one email domain'],
        [{ ...form, entities: 'NOPE' }, 'NOPE: not a known organization'],
        [{ ...form, clientSecret: '' }, 'clientSecret'],
        [{ ...form, name: '<script>alert(1)</script>'.repeat(10) }, 'name'],
      ];
      for (const [sent, message] of cases) {
        const answer = await client.post('/admin/sign-in/providers', sent);
        expect(answer.statusCode, message).toBe(400);
        expect(answer.body).toContain(message.replace(/'/g, '&#39;').replace(/</g, '&lt;'));
        expect(answer.body).not.toContain(secret);
        expect(answer.body).not.toContain('<script>alert(1)');
      }
      expect(await ctx().database.db.selectFrom('identity_providers').select('id').execute()).toEqual(before);
    });

    it('lets only admins configure providers, and keeps the password out for domains whose provider turned it off', async () => {
      const { client: admin } = await signedIn(['admin']);
      const { client: focal } = await signedIn(['focal_point'], 'UNODC');
      expect((await focal.get('/admin/sign-in')).statusCode).toBe(403);
      expect((await focal.post('/admin/sign-in/providers', { ...form, name: 'Rogue' })).statusCode).toBe(403);
      await admin.post('/admin/sign-in/providers', { ...form, name: 'Strict provider', domains: 'strict.example.org', passwordsAllowed: '' });
      const person = await createTestAccount(ctx().deps, { roles: ['member'], entity: 'UNODC', email: 'someone@strict.example.org' });
      const answer = await new TestClient(ctx().app).post('/login', { email: person.email, password: person.password });
      expect(answer.statusCode).toBe(422);
      expect(answer.body).toContain('People with an email at strict.example.org sign in with Strict provider, not with a password.');
      expect((await new TestClient(ctx().app).get('/login')).body).toContain('Sign in with Strict provider');
    });

    it('answers an unknown provider, a made-up or missing state, and a provider error with a page and no session', async () => {
      const visitor = new TestClient(ctx().app);
      const unknown = await visitor.get('/login/provider/999999');
      expect(unknown.statusCode).toBe(404);
      expect(unknown.body).toContain('That way of signing in does not exist');
      for (const url of ['/login/provider/callback', '/login/provider/callback?state=made-up&code=x', '/login/provider/callback?error=access_denied&state=x']) {
        const answer = await visitor.get(url);
        expect(answer.statusCode, url).toBe(401);
        expect(answer.body).toContain('already used, or took too long');
        expect(answer.cookies.find((cookie) => cookie.name === 'icat_session')?.value ?? '').toBe('');
      }
      expect((await visitor.get(`/login/provider/callback?state=${'x'.repeat(300)}`)).statusCode).toBe(400);
    });

    it('lets an admin or a focal point of its organization approve a waiting account, and nobody else', async () => {
      const waiting = await createTestAccount(ctx().deps, { roles: ['member'], entity: 'UNODC' });
      await ctx().database.db.updateTable('accounts').set({ approval_pending: true }).where('id', '=', waiting.id).execute();
      // Its password (were it to have one) opens nothing while it waits.
      const early = new TestClient(ctx().app);
      await early.post('/login', { email: waiting.email, password: waiting.password });
      expect((await early.get('/account')).statusCode).toBe(303);
      const { client: otherFocal } = await signedIn(['focal_point'], 'OSCE');
      const { client: member } = await signedIn(['member'], 'UNODC');
      const { client: focal } = await signedIn(['focal_point'], 'UNODC');
      expect((await otherFocal.post(`/admin/accounts/${waiting.id}/approve`)).statusCode).toBe(403);
      expect((await member.post(`/admin/accounts/${waiting.id}/approve`)).statusCode).toBe(403);
      expect((await focal.get('/admin/accounts')).body).toContain('waits for approval');
      expect((await focal.post(`/admin/accounts/${waiting.id}/approve`)).statusCode).toBe(303);
      expect((await focal.post(`/admin/accounts/${waiting.id}/approve`)).statusCode).toBe(404);
    });

    it('lets the approver choose the organization when the provider serves several, and only one of those', async () => {
      const { client: admin } = await signedIn(['admin']);
      const shared = { ...form, name: 'UN-wide login', issuer: 'https://login.example.org/un/v2.0', entities: 'UNODC\nOSCE', domains: 'un-wide.example.org' };
      expect((await admin.post('/admin/sign-in/providers', shared)).statusCode).toBe(303);
      const db = ctx().database.db;
      const provider = await db.selectFrom('identity_providers').selectAll().where('name', '=', 'UN-wide login').executeTakeFirstOrThrow();
      const person = {
        accountId: null,
        email: 'new.person@un-wide.example.org',
        name: 'New Person',
        entityIds: provider.entity_ids,
        approvalRequired: false,
        identityProviderId: provider.id,
        providerName: provider.name,
      };
      const first = await signInThroughProvider(ctx().deps, person, { ip: '203.0.113.9', userAgent: undefined });
      expect(first.signedIn).toBe(false);
      await db.insertInto('account_identities').values({ provider_id: provider.id, subject: 'sub-1', account_id: first.accountId, created_at: new Date() }).execute();
      const waiting = async () => db.selectFrom('accounts').select(['entity_id', 'approval_pending']).where('id', '=', first.accountId).executeTakeFirstOrThrow();
      expect(await waiting()).toEqual({ entity_id: null, approval_pending: true });

      const page = await admin.get('/admin/accounts');
      expect(page.body).toMatch(
        new RegExp(`<select id="entity-${first.accountId}" name="entity" required>\\s*<option value="OSCE">OSCE</option>\\s*<option value="UNODC">UNODC</option>\\s*</select>`),
      );
      const url = `/admin/accounts/${first.accountId}/approve`;
      for (const entity of [undefined, 'ILO', '<b>OSCE</b>']) {
        const refused = await admin.post(url, entity === undefined ? {} : { entity });
        expect(refused.statusCode, String(entity)).toBe(400);
        expect(refused.body).toContain('Choose the person’s organization: one of OSCE, UNODC.');
      }
      const { client: osceFocal } = await signedIn(['focal_point'], 'OSCE');
      const { client: iloFocal } = await signedIn(['focal_point'], 'ILO');
      expect((await osceFocal.get('/admin/accounts')).body).toContain('new.person@un-wide.example.org');
      expect((await iloFocal.get('/admin/accounts')).body).not.toContain('new.person@un-wide.example.org');
      expect((await osceFocal.post(url, { entity: 'UNODC' })).statusCode).toBe(403);
      expect(await waiting()).toEqual({ entity_id: null, approval_pending: true });
      expect((await osceFocal.post(url, { entity: 'osce' })).statusCode).toBe(303);
      const osce = await db.selectFrom('entities').select('id').where('acronym', '=', 'OSCE').executeTakeFirstOrThrow();
      expect(await waiting()).toEqual({ entity_id: osce.id, approval_pending: false });
      expect((await signInThroughProvider(ctx().deps, { ...person, accountId: first.accountId }, { ip: '203.0.113.9', userAgent: undefined })).signedIn).toBe(true);
    });
  });
}
