/**
 * A refused form in the browser: the focus lands on the error summary, and each of its links puts
 * the focus in its field. Without JavaScript the summary is still there, at the top of the form.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createTestAccount } from '../support/factories';
import { useBrowser } from './support/browser';

describe('the error summary', () => {
  const browser = useBrowser();

  async function refusedUpdate(page: Page): Promise<void> {
    const account = await createTestAccount(browser().test.deps, { roles: ['focal_point'], entity: 'UNHCR' });
    await page.goto('/login');
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto('/progress/updates/new?period=1&item=1');
    await page.getByLabel('Evidence links').fill('not-a-link');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForLoadState('load');
  }

  it('takes the focus, and its links put the focus in their field', async () => {
    const page = await browser().page();
    await refusedUpdate(page);
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('error-summary');
    const summary = page.getByRole('alert');
    expect(await summary.getByRole('link').allTextContents()).toEqual(['What was done (Markdown)', 'Evidence links']);
    await summary.getByRole('link', { name: 'Evidence links' }).click();
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('evidence_links');
    expect(await page.getByLabel('Evidence links').inputValue()).toBe('not-a-link');
  });

  it('is there without JavaScript', async () => {
    const context = await browser().browser.newContext({ baseURL: browser().baseUrl, javaScriptEnabled: false });
    const page = await context.newPage();
    await refusedUpdate(page);
    expect(await page.getByRole('alert').getByRole('link', { name: 'Evidence links' }).getAttribute('href')).toBe('#evidence_links');
    await context.close();
  });
});
