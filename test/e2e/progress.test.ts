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

/** The cells of the row for a label in a figure's data table. */
async function figureRow(page: Page, figureId: string, label: string): Promise<string[]> {
  const row = page.locator(`#${figureId} table tbody tr`).filter({ has: page.locator('th', { hasText: label }) });
  return row.locator('td').allTextContents();
}

describe('a focal point reports progress and a co-chair accepts it', () => {
  const browser = useBrowser();

  it('files an update with an indicator value, gets it accepted, and the dashboard figure counts it', async () => {
    const deps = browser().test.deps;
    const focal = await createTestAccount(deps, { roles: ['focal_point'], entity: 'UN Women', name: 'Una Focal' });
    const chair = await createTestAccount(deps, { roles: ['cochair', 'focal_point'], entity: 'UNODC', name: 'Chris Chair' });

    const viewer = await browser().page();
    await signIn(viewer, chair.email, chair.password);
    await viewer.goto('/progress?year=2022');
    const before = await figureRow(viewer, 'figure-priorities', "Inclusion of survivors' voices");
    expect(before.at(-1)).toBe('2');
    // A yes/no indicator has its own figure of status marks.
    expect((await figureRow(viewer, 'figure-indicators-yes-no', '1.1.2 Approach to survivor involvement agreed'))[2]).toBe('—');

    // The focal point works without JavaScript: every step is a plain form.
    const context = await browser().browser.newContext({ baseURL: browser().baseUrl, javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, focal.email, focal.password);
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Progress', exact: true }).click();
    await page.getByRole('link', { name: 'Report progress' }).click();
    await page.getByRole('link', { name: 'File an update: 1.1.2' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('New progress update');
    await page.getByLabel('Status').selectOption({ label: 'Achieved' });
    await page.getByLabel('What was done (Markdown)').fill('UN Women proposed, and the group agreed, a way to involve survivors in ICAT meetings (browser test).');
    await page.getByLabel('Approach to survivor involvement agreed (yes/no)').selectOption({ label: 'Yes' });
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForURL(/\/progress\/updates\/\d+\?notice=submitted/);
    expect(await page.getByRole('status').first().textContent()).toContain('submitted for review');
    const updateUrl = new URL(page.url()).pathname;
    await context.close();

    // The co-chair finds it waiting on My work (the count in the navigation says so) and accepts it.
    await viewer.goto('/work');
    const nav = viewer.getByRole('navigation', { name: 'Workspace' });
    expect(await nav.getByRole('link', { name: /^My work \(\d+ things? waits? for you\)$/ }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: /^Notifications \(\d+ unread notifications?\)$/ }).count()).toBe(1);
    await viewer
      .locator('#work-review')
      .locator('..')
      .locator('li', { hasText: 'UN Women' })
      .getByRole('link', { name: /^1\.1\.2 / })
      .click();
    expect(new URL(viewer.url()).pathname).toBe(updateUrl);
    expect(await viewer.getByText('Yes', { exact: true }).count()).toBeGreaterThan(0);
    await viewer.getByRole('button', { name: 'Accept' }).click();
    await viewer.waitForURL(/notice=accepted/);
    expect(await viewer.locator('.state-accepted').first().textContent()).toBe('Accepted');

    await viewer.goto('/progress?year=2022');
    const after = await figureRow(viewer, 'figure-priorities', "Inclusion of survivors' voices");
    expect(after.at(-1)).toBe('3');
    expect(after[3]).toBe('1'); // achieved
    expect((await figureRow(viewer, 'figure-indicators-yes-no', '1.1.2 Approach to survivor involvement agreed'))[2]).toBe('Yes');
    expect(await viewer.locator('#figure-priorities svg').count()).toBe(1);
    expect(await viewer.locator('#updates-table').textContent()).toContain('UN Women');
  });

  it('has no serious accessibility violations on the progress pages', async () => {
    const deps = browser().test.deps;
    const chair = await createTestAccount(deps, { roles: ['cochair', 'focal_point'], entity: 'ICMPD' });
    const context = await browser().browser.newContext({ baseURL: browser().baseUrl, bypassCSP: true });
    const page = await context.newPage();
    await signIn(page, chair.email, chair.password);
    for (const path of [
      '/work',
      '/notifications',
      '/account/notifications',
      '/governance',
      '/plan',
      '/progress',
      '/progress/report',
      '/progress/updates/new?period=1&item=8',
      '/progress/updates/1',
      '/progress/periods',
      '/progress/periods/1',
      '/progress/pledges?year=2022',
      '/members/icmpd',
    ]) {
      await page.goto(path);
      const violations = await seriousAccessibilityViolations(page);
      expect(violations.map((violation) => `${path}: ${violation.id} ${violation.help} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await context.close();
  });
});
