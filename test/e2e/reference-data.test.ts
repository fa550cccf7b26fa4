import { describe, expect, it } from 'vitest';
import { createTestAccount } from '../support/factories';
import { seriousAccessibilityViolations, useBrowser } from './support/browser';

describe('the secretariat keeps the reference data in a browser', () => {
  const browser = useBrowser();

  it('adds an organization through the form, and every reference screen passes axe', { timeout: 180_000 }, async () => {
    const admin = await createTestAccount(browser().test.deps, { roles: ['admin'], name: 'Sam Secretariat' });
    const context = await browser().browser.newContext({ baseURL: browser().baseUrl, bypassCSP: true });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    await page.goto('/admin/members');
    await page.getByRole('link', { name: 'Add an organization' }).click();
    await page.getByLabel('Acronym').fill('TSTBROWSER');
    await page.getByLabel('Full name').fill('Browser Test Organization (sample data)');
    await page.getByLabel('Kind').selectOption('international');
    await page.getByLabel('Sources', { exact: true }).fill('not an address');
    await page.getByRole('button', { name: 'Add' }).click();
    expect(await page.locator('#sources-error').textContent()).toContain('is not a web address');
    expect(await page.getByLabel('Full name').inputValue()).toBe('Browser Test Organization (sample data)');
    await page.getByLabel('Sources', { exact: true }).fill('https://example.org/browser-test');
    await page.getByRole('button', { name: 'Add' }).click();
    await page.waitForURL(/\/admin\/members\/tstbrowser\?notice=created/);
    expect(await page.getByRole('status').first().textContent()).toContain('Added.');

    for (const path of [
      '/admin/members',
      '/admin/members/new',
      '/admin/members/tstbrowser',
      '/admin/about',
      '/admin/about/counts/1',
      '/admin/about/history/1',
      '/admin/terms',
      '/admin/terms/2022',
      '/progress/periods/1/edit',
    ]) {
      await page.goto(path);
      const violations = await seriousAccessibilityViolations(page);
      expect(violations.map((violation) => `${path}: ${violation.id} ${violation.help}`)).toEqual([]);
    }
    await context.close();
  });
});
