import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createTestAccount } from '../support/factories';
import { seriousAccessibilityViolations, useBrowser } from './support/browser';

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/work$/);
}

describe('the secretariat imports a period’s updates from a spreadsheet', () => {
  const browser = useBrowser();

  it('uploads a file without JavaScript, reads each problem by row and column, then imports the corrected file', async () => {
    const admin = await createTestAccount(browser().test.deps, { roles: ['admin'], name: 'Sam Secretariat' });
    const context = await browser().browser.newContext({ baseURL: browser().baseUrl, javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, admin.email, admin.password);
    await page.goto('/progress/periods/1');
    await page.getByRole('link', { name: 'Import updates from a spreadsheet' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Import progress updates: 2022');

    const bad = 'organization,item,status,narrative\nNOPE,6.1.1,on_track,x\nUNICEF,6.1.1,sideways,y\n';
    await page.getByLabel('File (.csv or .xlsx, at most 10 MiB)').setInputFiles({ name: 'updates.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: 'Check and import' }).click();
    expect(await page.getByRole('alert').getByRole('heading').textContent()).toBe('Nothing was imported: 2 problems to fix.');
    const problems = page.getByRole('table', { name: 'Problems in the file, by row and column' });
    const rows = await problems.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    expect(rows[0]).toEqual(['2', 'organization', '"NOPE" is not a known organization']);
    expect(rows[1]?.slice(0, 2)).toEqual(['3', 'status']);

    const good = 'organization,item,status,narrative,state\nUNICEF,6.1.1,on_track,Collected by mail (browser test).,submitted\n';
    await page.getByLabel('File (.csv or .xlsx, at most 10 MiB)').setInputFiles({ name: 'updates.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByRole('button', { name: 'Check and import' }).click();
    expect(await page.getByRole('status').first().textContent()).toContain('1 row imported: 1 created, 0 updated, 0 unchanged');
    await page.goto('/progress/periods/1');
    expect(await page.getByRole('link', { name: /^UNICEF: 6\.1\.1 / }).count()).toBe(1);
    await context.close();

    // The page with its problems passes axe (which needs JavaScript to run).
    const axeContext = await browser().browser.newContext({ baseURL: browser().baseUrl, bypassCSP: true });
    const checked = await axeContext.newPage();
    await signIn(checked, admin.email, admin.password);
    await checked.goto('/progress/periods/1/import');
    expect(await seriousAccessibilityViolations(checked)).toEqual([]);
    await checked.getByLabel('File (.csv or .xlsx, at most 10 MiB)').setInputFiles({ name: 'updates.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await checked.getByRole('button', { name: 'Check and import' }).click();
    await checked.getByRole('table', { name: 'Problems in the file, by row and column' }).waitFor();
    expect(await seriousAccessibilityViolations(checked)).toEqual([]);
    await axeContext.close();
  });
});
