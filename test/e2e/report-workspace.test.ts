import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createTestAccount } from '../support/factories';
import { seriousAccessibilityViolations, useBrowser } from './support/browser';

describe('a co-chair prepares the annual report', () => {
  const browser = useBrowser();

  async function signIn(page: Page, roles: ('cochair' | 'focal_point' | 'admin')[], entity = 'ICMPD'): Promise<void> {
    const account = await createTestAccount(browser().test.deps, { roles, entity });
    await page.goto('/login');
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }

  it('writes the foreword with a live preview, saves it and generates the report, following its progress', async () => {
    const page = await browser().page();
    await signIn(page, ['cochair', 'focal_point']);
    await page.goto('/reports');
    await page.getByRole('link', { name: 'Annual report 2022: workspace' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Annual report 2022: workspace');

    const foreword = page.getByLabel('Text (Markdown)').first();
    await foreword.fill('The year **2022** in *our* words.');
    const preview = page.locator('#narrative-foreword-preview');
    await expect.poll(() => preview.innerHTML(), { timeout: 5000 }).toContain('<strong>2022</strong>');
    await page.locator('#narrative-foreword').getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/notice=saved/);
    expect(await page.getByRole('status').first().textContent()).toContain('The section was saved.');

    await page.getByRole('button', { name: 'Generate' }).click();
    await page.waitForURL(/notice=generating/);
    await expect.poll(() => page.locator('#job').textContent(), { timeout: 90_000, interval: 500 }).toContain('The files are ready');
    expect(await page.locator('#generate table').textContent()).toContain('PDF');

    await page.getByRole('link', { name: 'View the report as it stands' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Annual report 2022');
    expect(await page.locator('.report-figure svg').count()).toBeGreaterThanOrEqual(6);
    expect(await page.getByText('in our words').count()).toBe(1);
  }, 120_000);

  it('previews without JavaScript, with the Preview button', async () => {
    const context = await browser().browser.newContext({ baseURL: browser().baseUrl, javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, ['admin']);
    await page.goto('/reports/2022/edit');
    const section = page.locator('#narrative-outlook');
    await section.getByLabel('Text (Markdown)').fill('Next year, **together**.');
    await section.getByRole('button', { name: 'Preview' }).click();
    expect(await page.locator('#narrative-outlook-preview').innerHTML()).toContain('<strong>together</strong>');
    expect(await section.getByLabel('Text (Markdown)').inputValue()).toBe('Next year, **together**.');
    await context.close();
  });

  it('has no serious accessibility violations on the report pages', async () => {
    const context = await browser().browser.newContext({ baseURL: browser().baseUrl, bypassCSP: true });
    const page = await context.newPage();
    await signIn(page, ['cochair', 'focal_point']);
    for (const path of ['/reports', '/reports/2022/edit', '/reports/2022']) {
      await page.goto(path);
      const violations = await seriousAccessibilityViolations(page);
      expect(violations.map((violation) => `${path}: ${violation.id} ${violation.help} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await context.close();
  }, 60_000);
});
