import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createTestAccount } from '../support/factories';
import { useBrowser } from './support/browser';

/** Chromium's virtual authenticator (DevTools protocol, WebAuthn domain): a platform authenticator that verifies its user. */
async function virtualAuthenticator(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return cdp;
}

async function signInWithPassword(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

describe('passkeys in Chromium with a virtual authenticator', () => {
  const browser = useBrowser({ localhost: true });

  it('adds a passkey, signs in with it after signing out, and a removed passkey no longer works', async () => {
    const { deps } = browser().test;
    const admin = await createTestAccount(deps, { roles: ['admin'], name: 'Pat Passkey' });
    const page = await browser().page();
    page.setDefaultTimeout(8000);
    page.on('dialog', (dialog) => void dialog.accept());
    await virtualAuthenticator(page);

    await signInWithPassword(page, admin.email, admin.password);
    await page.goto('/account/passkeys');
    expect(await page.getByText('You have no passkeys yet.').count()).toBe(1);
    await page.getByLabel('Name of the passkey').fill('Office laptop');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.waitForURL(/notice=added/);
    expect(await page.locator('#passkeys').textContent()).toContain('Office laptop');

    // Renaming works without script.
    await page.locator('#passkeys').getByLabel('Name of the passkey').fill('Work laptop');
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.waitForURL(/notice=renamed/);
    expect(await page.locator('#passkeys').textContent()).toContain('Work laptop');

    // The secretariat requires a strong sign-in: a password alone loses the admin rights, a passkey keeps them.
    await deps.db
      .insertInto('app_meta')
      .values({ key: 'require_second_factor_for_admins', value: 'true' })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: 'true' }))
      .execute();
    expect((await page.goto('/admin/audit'))?.status()).toBe(403);
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign out' }).click();

    await page.goto('/login?next=%2Fadmin%2Faudit');
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/login/passkey')) sent.push(request.postData() ?? '');
    });
    await page.getByRole('button', { name: 'Continue with a passkey' }).click();
    await page.waitForURL(/\/admin\/audit$/);
    expect(await page.getByRole('heading', { name: 'Audit log' }).count()).toBe(1);
    const entry = await deps.db.selectFrom('audit_log').select(['action']).where('action', '=', 'sign_in.passkey').executeTakeFirst();
    expect(entry).toBeDefined();

    // The signed answer, sent again, signs nobody in: its challenge was used.
    const replay = await page.context().request.post('/login/passkey', {
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': (await page.context().cookies()).find((c) => c.name === 'icat_csrf')?.value ?? '' },
      data: sent[0],
    });
    expect(replay.status()).toBe(401);

    await page.goto('/account/passkeys');
    await page.getByRole('button', { name: 'Remove Work laptop' }).click();
    await page.waitForURL(/notice=removed/);
    expect(await page.getByText('You have no passkeys yet.').count()).toBe(1);
    await page.getByRole('button', { name: 'Sign out' }).click();

    // The authenticator still holds the key, but the platform no longer knows it.
    await page.goto('/login');
    await page.getByRole('button', { name: 'Continue with a passkey' }).click();
    await page.getByText('That passkey does not sign in here').waitFor();
    expect(page.url()).toMatch(/\/login$/);
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await deps.db.updateTable('app_meta').set({ value: 'false' }).where('key', '=', 'require_second_factor_for_admins').execute();
  });
});
