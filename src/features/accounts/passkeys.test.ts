import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { createTestAccount } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { testDatabaseKinds } from '../../../test/support/test-database';

// The ceremonies themselves run in Chromium (test/e2e/passkeys.test.ts); here, what an outsider can try.
for (const kind of testDatabaseKinds()) {
  describe(`passkeys: ownership and hostile input [${kind}]`, () => {
    const ctx = useTestContext(kind, { seed: false });

    async function passkeyOf(accountId: number, name: string): Promise<number> {
      const row = await ctx()
        .database.db.insertInto('passkeys')
        .values({ account_id: accountId, credential_id: `cred-${accountId}-${name.replace(/\W/g, '')}`, public_key: 'pQECAyYgASFYIA', name, created_at: ctx().clock.now() })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    }

    it('lets each person see, rename and remove only their own passkeys, at the same time', async () => {
      const [a, b] = await Promise.all([createTestAccount(ctx().deps, { roles: ['member'] }), createTestAccount(ctx().deps, { roles: ['admin'] })]);
      const [keyA, keyB] = await Promise.all([passkeyOf(a.id, 'Phone of A'), passkeyOf(b.id, 'Key of B')]);
      const clientA = new TestClient(ctx().app);
      const clientB = new TestClient(ctx().app);
      await Promise.all([clientA.signIn(a.email, a.password), clientB.signIn(b.email, b.password)]);
      const [pageA, pageB] = await Promise.all([clientA.get('/account/passkeys'), clientB.get('/account/passkeys')]);
      expect(pageA.body).toContain('Phone of A');
      expect(pageA.body).not.toContain('Key of B');
      expect(pageB.body).toContain('Key of B');
      expect(pageB.body).not.toContain('Phone of A');

      // Even an administrator cannot touch another person's passkey: it is not there for them.
      const [rename, remove] = await Promise.all([clientB.post(`/account/passkeys/${keyA}/name`, { name: 'Mine now' }), clientB.post(`/account/passkeys/${keyA}/remove`)]);
      expect([rename.statusCode, remove.statusCode]).toEqual([404, 404]);
      const still = await ctx().database.db.selectFrom('passkeys').select('name').where('id', '=', keyA).executeTakeFirstOrThrow();
      expect(still.name).toBe('Phone of A');

      const [renamed, blank] = await Promise.all([clientA.post(`/account/passkeys/${keyA}/name`, { name: '  Work phone ' }), clientB.post(`/account/passkeys/${keyB}/name`, { name: '   ' })]);
      expect(renamed.statusCode).toBe(303);
      expect(blank.statusCode).toBe(400);
      expect(blank.body).toContain('give the passkey a name');
      // The two keys were made at once, so their ids come in either order.
      const names = await ctx().database.db.selectFrom('passkeys').select(['id', 'name']).where('id', 'in', [keyA, keyB]).execute();
      expect(Object.fromEntries(names.map((row) => [row.id, row.name]))).toEqual({ [keyA]: 'Work phone', [keyB]: 'Key of B' });
      const audit = await ctx().database.db.selectFrom('audit_log').select('action').where('action', '=', 'rename_passkey').execute();
      expect(audit.length).toBeGreaterThanOrEqual(1);
    });

    it('hands out a fresh single-use challenge for each ceremony, and keeps none for the public to add a passkey', async () => {
      const visitor = new TestClient(ctx().app);
      await visitor.get('/login');
      const [one, two] = await Promise.all([visitor.postJson('/login/passkey/options', {}), visitor.postJson('/login/passkey/options', {})]);
      expect(one.statusCode).toBe(200);
      expect(one.json().challenge).not.toBe(two.json().challenge);
      expect(one.json().rpId).toBe('localhost');
      expect(one.json().userVerification).toBe('required');
      const add = await visitor.postJson('/account/passkeys/options', {});
      expect(add.statusCode).toBe(401);
    });

    it('answers a forged, unknown or malformed passkey with a clear refusal and no session', async () => {
      const account = await createTestAccount(ctx().deps, { roles: ['member'] });
      await passkeyOf(account.id, 'Laptop');
      const visitor = new TestClient(ctx().app);
      await visitor.get('/login');
      const forged = {
        response: {
          id: `cred-${account.id}-Laptop`,
          rawId: `cred-${account.id}-Laptop`,
          type: 'public-key',
          clientExtensionResults: {},
          response: {
            clientDataJSON: Buffer.from(JSON.stringify({ type: 'webauthn.get', challenge: 'made-up', origin: 'http://localhost:3000' })).toString('base64url'),
            authenticatorData: 'AAAA',
            signature: 'AAAA',
          },
        },
      };
      const answers = await Promise.all([
        visitor.postJson('/login/passkey', forged),
        visitor.postJson('/login/passkey', { ...forged, response: { ...forged.response, id: 'unknown', rawId: 'unknown' } }),
        visitor.postJson('/login/passkey', { response: { id: '<script>', type: 'public-key' } }),
        visitor.postJson('/login/passkey', { response: 'x'.repeat(5000) }),
      ]);
      expect(answers.map((answer) => answer.statusCode)).toEqual([401, 401, 400, 400]);
      expect(answers[0]?.json().error.message).toContain('That passkey does not sign in here');
      for (const answer of answers) expect(answer.cookies.find((cookie) => cookie.name === 'icat_session')?.value ?? '').toBe('');
      expect((await visitor.get('/account')).statusCode).toBe(303);
    });
  });
}
