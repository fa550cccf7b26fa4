/**
 * The limits on guessing: per account with a growing delay, per address without locking out a
 * shared office, client addresses only from trusted proxies, codes that work once, and password
 * resets that answer alike and are limited.
 */
import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { createTestContext, useTestContext, type TestContext } from '../../../test/support/build-test-app';
import { createTestAccount, testPassword } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { outbox } from '../../../test/support/mail';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { accountDelayMs } from './sign-in.service';

const minute = 60_000;

async function mailCount(ctx: TestContext): Promise<number> {
  return (await outbox(ctx.deps)).length;
}

async function failSignIn(client: TestClient, email: string, times: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) statuses.push((await client.post('/login', { email, password: `wrong guess ${i}` })).statusCode);
  return statuses;
}

function withoutCsrf(body: string): string {
  return body.replace(/name="_csrf" value="[^"]+"/g, '');
}

describe('the delay after failures', () => {
  it('starts after 5 failures at a minute and doubles, to at most an hour', () => {
    expect([4, 5, 6, 7, 10, 11, 30].map((failures) => accountDelayMs(failures) / minute)).toEqual([0, 1, 2, 4, 32, 60, 60]);
  });
});

for (const kind of testDatabaseKinds()) {
  describe(`sign-in protections [${kind}]`, () => {
    const ctx = useTestContext(kind);

    it('makes an account wait longer after each failure, the same for an unknown email, until a success', async () => {
      const account = await createTestAccount(ctx().deps, { roles: ['member'], entity: 'ILO' });
      for (const email of [account.email, 'nobody-here@example.org']) {
        const client = new TestClient(ctx().app);
        expect(await failSignIn(client, email, 6)).toEqual([422, 422, 422, 422, 422, 429]);
        ctx().clock.advance(minute + 1000);
        expect(await failSignIn(client, email, 2)).toEqual([422, 429]);
        ctx().clock.advance(minute);
        expect(await failSignIn(client, email, 1)).toEqual([429]);
        ctx().clock.advance(minute + 1000);
      }
      await new TestClient(ctx().app).signIn(account.email, testPassword);
      expect(await failSignIn(new TestClient(ctx().app), account.email, 5)).toEqual([422, 422, 422, 422, 422]);
    });

    it('does not let guesses sprayed from a shared office address lock out the people who sign in from it', async () => {
      const regular = await createTestAccount(ctx().deps, { roles: ['admin'], entity: 'UNODC' });
      const newcomer = await createTestAccount(ctx().deps, { roles: ['member'], entity: 'UNODC' });
      const office = { remoteAddress: '198.51.100.20' };
      await new TestClient(ctx().app, office).signIn(regular.email, testPassword);
      const attacker = new TestClient(ctx().app, office);
      for (let i = 0; i < 20; i++) await attacker.post('/login', { email: `spray${i}@example.org`, password: 'a guessed password' });
      expect((await attacker.post('/login', { email: 'spray99@example.org', password: 'a guessed password' })).statusCode).toBe(429);
      await new TestClient(ctx().app, office).signIn(regular.email, testPassword);
      // Someone who never signed in from this address waits out the window (docs/security.md says why).
      expect((await new TestClient(ctx().app, office).post('/login', { email: newcomer.email, password: testPassword })).statusCode).toBe(429);
      ctx().clock.advance(16 * minute);
      await new TestClient(ctx().app, office).signIn(newcomer.email, testPassword);
    });

    it('accepts a second-factor code once: a replay within its window is refused', async () => {
      const account = await createTestAccount(ctx().deps, { roles: ['member'], entity: 'UNODC' });
      const owner = new TestClient(ctx().app);
      await owner.signIn(account.email, testPassword);
      const setup = await owner.post('/account/second-factor/start');
      const secret = /id="totp-secret">([A-Z2-7]+)</.exec(setup.body)?.[1] as string;
      const code = () => generate({ secret, epoch: Math.floor(ctx().clock.now().getTime() / 1000) });
      expect((await owner.post('/account/second-factor/confirm', { code: await code() })).statusCode).toBe(200);
      ctx().clock.advance(30_000);
      const current = await code();
      const first = new TestClient(ctx().app);
      await first.post('/login', { email: account.email, password: testPassword });
      expect((await first.post('/login/second-factor', { code: current })).statusCode).toBe(303);
      const replay = new TestClient(ctx().app);
      await replay.post('/login', { email: account.email, password: testPassword });
      const refused = await replay.post('/login/second-factor', { code: current });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain('was used already');
      expect((await replay.get('/account')).statusCode).toBe(303);
    });

    it('answers a reset request alike for a known and an unknown email, and limits requests per email and per address', async () => {
      const account = await createTestAccount(ctx().deps, { roles: ['member'], entity: 'UNFPA' });
      const mailsBefore = await mailCount(ctx());
      const answers = [];
      for (const email of [account.email, 'nobody-known@example.org']) {
        const client = new TestClient(ctx().app, { remoteAddress: '192.0.2.30' });
        for (let i = 0; i < 3; i++) answers.push(await client.post('/password/forgot', { email }));
        const limited = await client.post('/password/forgot', { email });
        expect(limited.statusCode).toBe(429);
        expect(limited.body).toContain('Too many reset requests');
      }
      expect(new Set(answers.map((answer) => answer.statusCode))).toEqual(new Set([200]));
      expect(new Set(answers.map((answer) => withoutCsrf(answer.body))).size).toBe(1);
      expect((await mailCount(ctx())) - mailsBefore).toBe(3);
      const sprayer = new TestClient(ctx().app, { remoteAddress: '192.0.2.31' });
      const statuses = [];
      for (let i = 0; i < 11; i++) statuses.push((await sprayer.post('/password/forgot', { email: `someone${i}@example.org` })).statusCode);
      expect(statuses).toEqual([...Array(10).fill(200), 429]);
    });
  });
}

describe('client addresses behind a reverse proxy [pglite]', () => {
  // It builds a database of its own (migrated and seeded) inside the test, so it has the setup's time.
  it('takes the address from X-Forwarded-For only when a listed proxy sends it, so rotating it gains nothing', async () => {
    const context = await createTestContext('pglite', { env: { TRUST_PROXY: '10.0.0.1' } });
    try {
      const viaProxy = new TestClient(context.app, { remoteAddress: '10.0.0.1' });
      const direct = new TestClient(context.app, { remoteAddress: '203.0.113.60' });
      const statuses = async (client: TestClient, forwardedFor: (spoofed: string) => string) => {
        const seen = [];
        for (let i = 0; i < 21; i++) {
          const headers = { 'x-forwarded-for': forwardedFor(`192.0.2.${i}`) };
          seen.push((await client.post('/login', { email: `guess${i}@example.org`, password: 'a guessed password' }, { headers })).statusCode);
        }
        return seen;
      };
      // The proxy appends the address it saw; what the client wrote before it is not believed.
      expect(await statuses(viaProxy, (spoofed) => `${spoofed}, 203.0.113.50`)).toEqual([...Array(20).fill(422), 429]);
      expect(await statuses(direct, (spoofed) => spoofed)).toEqual([...Array(20).fill(422), 429]);
    } finally {
      await context.database.close();
    }
  }, 180_000);
});
