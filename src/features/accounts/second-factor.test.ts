import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { useTestContext, type TestContext } from '../../../test/support/build-test-app';
import { createTestAccount } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { testDatabaseKinds } from '../../../test/support/test-database';

async function codeAt(ctx: TestContext, secret: string): Promise<string> {
  return generate({ secret, epoch: Math.floor(ctx.clock.now().getTime() / 1000) });
}

function recoveryCodesIn(body: string): string[] {
  const list = /id="recovery-codes">([\s\S]*?)<\/ol>/.exec(body)?.[1] ?? '';
  return [...list.matchAll(/<code>([a-z2-9]{5}-[a-z2-9]{5})<\/code>/g)].map((match) => match[1] as string);
}

/** Signs in, turns the second factor on, and returns the client, the key and the recovery codes shown. */
async function withSecondFactor(ctx: TestContext, entity: string) {
  const account = await createTestAccount(ctx.deps, { roles: ['member'], name: `Person of ${entity}` });
  const client = new TestClient(ctx.app);
  await client.signIn(account.email, account.password);
  const setup = await client.post('/account/second-factor/start');
  const secret = /id="totp-secret">([A-Z2-7]+)</.exec(setup.body)?.[1] as string;
  const confirmed = await client.post('/account/second-factor/confirm', { code: await codeAt(ctx, secret) });
  expect(confirmed.statusCode).toBe(200);
  return { account, client, secret, setup, codes: recoveryCodesIn(confirmed.body) };
}

async function signInWithCode(ctx: TestContext, email: string, password: string, code: string): Promise<number> {
  const client = new TestClient(ctx.app);
  const first = await client.post('/login', { email, password });
  expect(first.headers.location).toMatch(/^\/login\/second-factor/);
  return (await client.post('/login/second-factor', { code })).statusCode;
}

for (const kind of testDatabaseKinds()) {
  describe(`second factor: QR code and recovery codes [${kind}]`, () => {
    const ctx = useTestContext(kind, { seed: false });

    it('shows the key beside a QR code drawn on the server as SVG, with no script', async () => {
      const { setup } = await withSecondFactor(ctx(), 'UNODC');
      const figure = /<div class="totp-setup">([\s\S]*?)<\/figure>/.exec(setup.body)?.[1] ?? '';
      expect(figure).toMatch(/<svg class="qr-code"[^>]*role="img"[^>]*aria-label="QR code of the key/);
      expect(figure).toMatch(/<path d="M[\d LMZ]+"/);
      expect(figure).not.toContain('<script');
    });

    it('offers ten recovery codes once, keeps only their hashes, and each signs in once', async () => {
      const { account, client, codes } = await withSecondFactor(ctx(), 'UNODC');
      expect(codes).toHaveLength(10);
      expect(new Set(codes).size).toBe(10);
      const stored = await ctx().database.db.selectFrom('recovery_codes').select('code_hash').where('account_id', '=', account.id).execute();
      expect(stored).toHaveLength(10);
      for (const row of stored) for (const code of codes) expect(row.code_hash).not.toContain(code.replace('-', ''));
      const page = (await client.get('/account')).body;
      for (const code of codes) expect(page).not.toContain(code);
      expect(page).toContain('10 unused recovery codes are left.');

      const [first = '', second = ''] = codes;
      expect(await signInWithCode(ctx(), account.email, account.password, first.toUpperCase().replace('-', ''))).toBe(303);
      // Used once, never again; a made-up code in the right shape is refused too.
      expect(await signInWithCode(ctx(), account.email, account.password, first)).toBe(400);
      expect(await signInWithCode(ctx(), account.email, account.password, 'abcde-fghjk')).toBe(400);
      expect(await signInWithCode(ctx(), account.email, account.password, '<script>')).toBe(400);
      expect(await signInWithCode(ctx(), account.email, account.password, second)).toBe(303);
      expect((await client.get('/account')).body).toContain('8 unused recovery codes are left.');
    });

    it('never lets one person use another person’s recovery code, even at the same time', async () => {
      const [a, b] = await Promise.all([withSecondFactor(ctx(), 'UNODC'), withSecondFactor(ctx(), 'OSCE')]);
      const results = await Promise.all([
        signInWithCode(ctx(), a.account.email, a.account.password, b.codes[0] as string),
        signInWithCode(ctx(), b.account.email, b.account.password, a.codes[0] as string),
        signInWithCode(ctx(), a.account.email, a.account.password, a.codes[1] as string),
        signInWithCode(ctx(), b.account.email, b.account.password, b.codes[1] as string),
      ]);
      expect(results).toEqual([400, 400, 303, 303]);
      // The same code sent twice at once signs in once.
      const twice = await Promise.all([
        signInWithCode(ctx(), a.account.email, a.account.password, a.codes[2] as string),
        signInWithCode(ctx(), a.account.email, a.account.password, a.codes[2] as string),
      ]);
      expect(twice.sort()).toEqual([303, 400]);
    });

    it('makes new recovery codes on request (the old ones stop working) and removes them with the second factor', async () => {
      const { account, client, secret, codes } = await withSecondFactor(ctx(), 'UNODC');
      const renewed = recoveryCodesIn((await client.post('/account/recovery-codes')).body);
      expect(renewed).toHaveLength(10);
      expect(await signInWithCode(ctx(), account.email, account.password, codes[0] as string)).toBe(400);
      expect(await signInWithCode(ctx(), account.email, account.password, renewed[0] as string)).toBe(303);
      ctx().clock.advance(30_000);
      expect((await client.post('/account/second-factor/disable', { code: await codeAt(ctx(), secret) })).statusCode).toBe(303);
      const left = await ctx().database.db.selectFrom('recovery_codes').select('id').where('account_id', '=', account.id).execute();
      expect(left).toEqual([]);
      // Without the second factor there are no recovery codes to make.
      expect((await client.post('/account/recovery-codes')).statusCode).toBe(409);
    });
  });
}
