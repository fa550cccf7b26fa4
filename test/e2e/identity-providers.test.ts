/**
 * Sign-in through an organization's identity provider, against a real OpenID provider (oidc-provider,
 * a certified implementation) started here, in Chromium: its own login and consent pages, then back.
 */
import type { Server } from 'node:http';
import Provider from 'oidc-provider';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as accounts from '../../src/features/accounts/accounts.service';
import * as identityProviders from '../../src/features/identity-providers/identity-providers.service';
import { commandLineActor } from '../../src/policy/actor';
import { createTestAccount } from '../support/factories';
import { freePort, useBrowser } from './support/browser';

const clientSecret = 'a-long-client-secret-of-the-test-provider';

describe('sign-in through an identity provider (OpenID Connect) in Chromium', () => {
  // Tokens are dated by the provider's real clock; the platform's starts at the same time.
  const browser = useBrowser({ localhost: true, now: new Date().toISOString() });
  let server: Server;
  let issuer = '';
  const providerIds: Record<string, number> = {};

  beforeAll(async () => {
    const port = await freePort();
    issuer = `http://127.0.0.1:${port}`;
    const base = browser().baseUrl;
    const oidc = new Provider(issuer, {
      clients: [
        {
          client_id: 'icat',
          client_secret: clientSecret,
          redirect_uris: [`${base}/login/provider/callback`],
          post_logout_redirect_uris: [`${base}/`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      // Whoever types a login is that person: the login is their email.
      findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id, email: id, email_verified: true, name: `Person ${id.split('@')[0]}` }) }),
      features: { devInteractions: { enabled: true } },
      pkce: { required: () => true },
      cookies: { keys: ['cookie-key-of-the-test-provider'] },
      ttl: { IdToken: 60, AccessToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    });
    server = oidc.listen(port);
    const { deps } = browser().test;
    const admin = commandLineActor('test');
    const save = async (name: string, values: Record<string, string>) => {
      const saved = await identityProviders.saveProvider(deps, admin, null, { name, clientId: 'icat', clientSecret, passwordsAllowed: 'true', ...values });
      providerIds[name] = saved.id;
    };
    await save('UNODC login', { issuer, entities: 'UNODC', domains: 'unodc.example.org' });
    await save('OSCE login', { issuer, entities: 'OSCE', domains: 'osce.example.org' });
    // The provider answers as 127.0.0.1: configured as localhost, its issuer does not match.
    await save('Misnamed login', { issuer: `http://localhost:${port}`, entities: 'UNODC', domains: 'unodc.example.org' });
    await save('Offline login', { issuer: `http://127.0.0.1:${await freePort()}`, entities: 'UNODC', domains: 'unodc.example.org' });
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  /** From the platform's sign-in page through the provider's login and consent pages. */
  async function throughProvider(page: Page, button: string, login: string, beforeConsent?: () => void): Promise<void> {
    page.setDefaultTimeout(10_000);
    await page.goto('/login?next=%2Faccount');
    await page.getByRole('link', { name: `Sign in with ${button}` }).click();
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill('anything');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).waitFor();
    beforeConsent?.();
    await page.getByRole('button', { name: 'Continue' }).click();
  }

  async function signedIn(page: Page): Promise<boolean> {
    await page.goto('/account');
    return new URL(page.url()).pathname === '/account';
  }

  it('signs people of two organizations in at once, as members of their organization; links an existing account; offers the provider’s sign-out', async () => {
    const { deps } = browser().test;
    const existing = await createTestAccount(deps, { roles: ['focal_point'], entity: 'UNODC', email: 'focal@unodc.example.org' });
    const [first, second, third] = await Promise.all([browser().page(), browser().page(), browser().page()]);
    const callbacks: string[] = [];
    first.on('request', (request) => {
      if (request.url().includes('/login/provider/callback')) callbacks.push(request.url());
    });
    await Promise.all([
      throughProvider(first, 'UNODC login', 'ana@unodc.example.org'),
      throughProvider(second, 'OSCE login', 'omar@osce.example.org'),
      throughProvider(third, 'UNODC login', 'FOCAL@unodc.example.org'),
    ]);
    for (const page of [first, second, third]) await page.waitForURL(/\/account$/);
    const details = async (page: Page) => (await page.locator('dl.facts').textContent()) ?? '';
    expect(await details(first)).toMatch(/ana@unodc\.example\.org.*UNODC.*Member/s);
    expect(await details(second)).toMatch(/omar@osce\.example\.org.*OSCE.*Member/s);
    expect(await details(second)).not.toContain('UNODC');
    // The existing account is linked, not duplicated, and keeps its role.
    expect(await details(third)).toMatch(/focal@unodc\.example\.org.*Focal point/s);
    const focal = await deps.db.selectFrom('accounts').select('id').where('email', 'ilike', 'focal@unodc.example.org').execute();
    expect(focal.map((row) => row.id)).toEqual([existing.id]);
    const link = await deps.db.selectFrom('account_identities').select('account_id').where('subject', '=', 'FOCAL@unodc.example.org').executeTakeFirstOrThrow();
    expect(link.account_id).toBe(existing.id);

    // Signing out ends the platform session and offers the provider's.
    await first.getByRole('button', { name: 'Sign out' }).click();
    const signOutThere = first.getByRole('link', { name: 'Also sign out of UNODC login' });
    expect(new URL((await signOutThere.getAttribute('href')) ?? '').origin).toBe(issuer);
    expect(await signedIn(first)).toBe(false);

    // The provider's answer, sent again, signs nobody in.
    expect(callbacks).toHaveLength(1);
    const replay = await first.goto(callbacks[0] as string);
    expect(replay?.status()).toBe(401);
    expect(await first.locator('#sign-in-outcome').textContent()).toContain('already used, or took too long');
    expect(await signedIn(first)).toBe(false);
    expect(await signedIn(second)).toBe(true);
  }, 60_000);

  it('keeps a new account waiting for approval when the group asks so, until a focal point of its organization approves it', async () => {
    const { deps } = browser().test;
    await identityProviders.setApprovalRequired(deps, commandLineActor('test'), true);
    const page = await browser().page();
    await throughProvider(page, 'UNODC login', 'waiting@unodc.example.org');
    await page.locator('#sign-in-outcome').waitFor();
    expect(await page.locator('#sign-in-outcome').textContent()).toContain('waits for approval');
    expect(await signedIn(page)).toBe(false);
    const row = await deps.db.selectFrom('accounts').selectAll().where('email', '=', 'waiting@unodc.example.org').executeTakeFirstOrThrow();
    expect(row.roles).toEqual(['member']);
    const osceFocal = await createTestAccount(deps, { roles: ['focal_point'], entity: 'OSCE' });
    const unodcFocal = await createTestAccount(deps, { roles: ['focal_point'], entity: 'UNODC' });
    const actorOf = async (id: number) => accounts.actorFor(deps, await deps.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow(), null);
    await expect(accounts.approveAccount(deps, await actorOf(osceFocal.id), row.id)).rejects.toThrow();
    await accounts.approveAccount(deps, await actorOf(unodcFocal.id), row.id);
    await identityProviders.setApprovalRequired(deps, commandLineActor('test'), false);
    await page.goto('/login?next=%2Faccount');
    await page.getByRole('link', { name: 'Sign in with UNODC login' }).click();
    await page.waitForURL(/\/account$/);
  });

  it('gives a clear message and no session for a wrong issuer, a provider that is down, an email outside its domains and an expired token', async () => {
    const { clock } = browser().test;
    const outcome = async (page: Page) => {
      await page.locator('#sign-in-outcome').waitFor();
      const text = (await page.locator('#sign-in-outcome').textContent()) ?? '';
      expect(await signedIn(page)).toBe(false);
      return text;
    };

    const misnamed = await browser().page();
    misnamed.setDefaultTimeout(8000);
    await misnamed.goto('/login');
    await misnamed.getByRole('link', { name: 'Sign in with Misnamed login' }).click();
    expect(await outcome(misnamed)).toContain('Misnamed login is not set up right');

    const offline = await browser().page();
    offline.setDefaultTimeout(8000);
    await offline.goto('/login');
    await offline.getByRole('link', { name: 'Sign in with Offline login' }).click();
    expect(await outcome(offline)).toContain('We could not reach Offline login');

    const outsider = await browser().page();
    await throughProvider(outsider, 'UNODC login', 'someone@elsewhere.example.net');
    expect(await outcome(outsider)).toContain('UNODC login signs in people with an email at unodc.example.org only');

    // Five minutes pass at the provider's consent page: the ID token (valid one minute here) has expired
    // when it arrives, though the sign-in itself (ten minutes) has not.
    const late = await browser().page();
    await throughProvider(late, 'UNODC login', 'late@unodc.example.org', () => clock.advance(5 * 60 * 1000));
    const text = await outcome(late);
    clock.advance(-5 * 60 * 1000);
    expect(text).toContain('UNODC login did not confirm who you are');
    const none = await browser().test.deps.db.selectFrom('accounts').select('id').where('email', 'in', ['someone@elsewhere.example.net', 'late@unodc.example.org']).execute();
    expect(none).toEqual([]);
  });
});
