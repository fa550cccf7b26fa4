import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestAccount } from '../support/factories';
import { makeTempDir } from '../support/test-database';
import { seriousAccessibilityViolations, useBrowser } from './support/browser';

describe('the secretariat sets the group up at /admin/group, in a browser', () => {
  const browser = useBrowser();

  it('refuses a colour without contrast in the error summary, then saves a new name and logo that every page shows', async () => {
    const admin = await createTestAccount(browser().test.deps, { roles: ['admin'], entity: 'UNODC' });
    const context = await browser().browser.newContext({ baseURL: browser().baseUrl, bypassCSP: true });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/work/);

    await page.goto('/admin/group');
    expect((await seriousAccessibilityViolations(page)).map((violation) => `${violation.id} ${violation.help}`)).toEqual([]);

    await page.getByLabel('Link and button colour').fill('#ffff00');
    await page.getByRole('button', { name: 'Save the group settings' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('#ffff00');
    expect(await summary.textContent()).toContain('4.5:1');
    expect((await seriousAccessibilityViolations(page)).map((violation) => `${violation.id} ${violation.help}`)).toEqual([]);

    const dir = makeTempDir('icat-logo-');
    const logo = join(dir, 'logo.svg');
    writeFileSync(logo, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#0b3954"/></svg>');
    await page.getByLabel('Link and button colour').fill('#1d5f8a');
    await page.getByLabel('Short name').fill('NCG');
    await page.getByLabel('Full name').first().fill('Northern Coordination Group on Migration');
    await page.getByLabel('New logo').setInputFiles(logo);
    await page.getByRole('button', { name: 'Save the group settings' }).click();
    await page.waitForURL(/notice=saved/);
    expect(await page.getByRole('status').textContent()).toContain('The group settings are saved');
    expect(await page.locator('img[alt="The logo now shown"]').count()).toBe(1);

    await page.goto('/members');
    expect(await page.title()).toMatch(/ · NCG$/);
    expect(await page.locator('.brand-short').textContent()).toBe('NCG');
    expect(await page.locator('.brand-logo').evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth > 0)).toBe(true);
    expect(
      await page.locator('.site-header').evaluate((header) => (globalThis as unknown as { getComputedStyle(element: unknown): { backgroundColor: string } }).getComputedStyle(header).backgroundColor),
    ).toBe('rgb(15, 61, 102)');
    await context.close();
  });
});
