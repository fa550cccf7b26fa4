import { describe, expect, it } from 'vitest';
import { createTestAccount } from '../support/factories';
import { seriousAccessibilityViolations, useBrowser } from './support/browser';

describe('a focal point signs in and edits the organization profile', () => {
  const browser = useBrowser();

  it('signs in through the form, saves the profile, and the secretariat sees the audit entry', async () => {
    const focal = await createTestAccount(browser().test.deps, { roles: ['focal_point'], entity: 'ICMPD', name: 'Ines Focal' });
    const admin = await createTestAccount(browser().test.deps, { roles: ['admin'], name: 'Sam Secretariat' });

    const page = await browser().page();
    await page.goto('/members/icmpd');
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill(focal.email);
    await page.getByLabel('Password').fill(focal.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/members\/icmpd$/);
    expect(await page.getByText('Ines Focal (ICMPD)').count()).toBe(1);

    await page.getByRole('link', { name: 'Edit the mapping profile' }).click();
    await page.getByRole('group', { name: 'Region' }).getByLabel('Americas').check();
    await page.getByLabel('Expertise').fill('Migration policy and capacity building (browser test).');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/notice=profile-saved/);
    expect(await page.getByRole('status').textContent()).toContain('The mapping profile is saved.');
    expect(await page.getByText('Migration policy and capacity building (browser test).').count()).toBe(1);
    await page.getByRole('button', { name: 'Sign out' }).click();

    await page.goto('/login');
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.goto('/admin/audit?table=profiles');
    const row = page.locator('#audit-table tbody tr').first();
    expect(await row.textContent()).toContain('Ines Focal');
    expect(await row.textContent()).toContain('profiles');
    expect(await row.textContent()).toContain('ICMPD');
    expect(await row.textContent()).toContain('americas');
  });

  it('has no serious accessibility violations on the sign-in and workspace pages', async () => {
    const admin = await createTestAccount(browser().test.deps, { roles: ['admin', 'focal_point'], entity: 'UNODC' });
    const context = await browser().browser.newContext({ baseURL: browser().baseUrl, bypassCSP: true });
    const page = await context.newPage();
    const check = async (path: string) => {
      await page.goto(path);
      const violations = await seriousAccessibilityViolations(page);
      expect(violations.map((violation) => `${path}: ${violation.id} ${violation.help}`)).toEqual([]);
    };
    await check('/login');
    await check('/password/forgot');
    await page.goto('/login');
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    for (const path of ['/account', '/account/passkeys', '/account/invite', '/admin/accounts', '/admin/sign-in', '/admin/audit', '/members/unodc/profile', '/members/unodc/edit']) await check(path);
    await context.close();
  });
});
