import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations, useBrowser } from './support/browser';

describe('a visitor browses the members and the mapping', () => {
  const browser = useBrowser();

  it('goes from the home page to UNODC, then filters the mapping by a region', async () => {
    const page = await browser().page();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Members');
    await page.getByRole('link', { name: 'UNODC', exact: true }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('United Nations Office on Drugs and Crime');
    expect(page.url()).toMatch(/\/members\/unodc$/);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mapping' }).click();
    const tableRows = page.locator('#mapping-table tbody tr');
    const regionFigureRows = page.locator('#figure-regions table tbody tr');
    const allEntities = await tableRows.count();
    const africaBefore = await regionFigureRows.filter({ hasText: 'Africa' }).locator('td').textContent();
    expect(await page.locator('#figure-regions svg').count()).toBe(1);

    await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Americas' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/regions=americas/);
    const filteredEntities = await tableRows.count();
    expect(filteredEntities).toBeLessThan(allEntities);
    expect(filteredEntities).toBe(4);
    expect(await page.locator('#mapping-status').textContent()).toContain('4 organizations');
    const africaAfter = await regionFigureRows.filter({ hasText: 'Africa' }).locator('td').textContent();
    expect(Number(africaAfter)).toBeLessThan(Number(africaBefore));
    expect(await page.locator('#figure-regions svg').count()).toBe(1);
  });

  it('has no serious accessibility violations on the public pages', async () => {
    const context = await browser().browser.newContext({ baseURL: browser().baseUrl, bypassCSP: true });
    const page = await context.newPage();
    for (const path of ['/', '/members', '/members/unodc', '/mapping', '/mapping?region=africa', '/about', '/members/nobody']) {
      await page.goto(path);
      const violations = await seriousAccessibilityViolations(page);
      expect(violations.map((violation) => `${path}: ${violation.id} ${violation.help}`)).toEqual([]);
    }
    await context.close();
  });

  it('keeps working without JavaScript', async () => {
    const context = await browser().browser.newContext({ baseURL: browser().baseUrl, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/mapping');
    await page.getByLabel('Form of exploitation', { exact: true }).selectOption('organ_removal');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/forms=organ_removal/);
    expect(await page.locator('#mapping-table tbody tr').count()).toBe(2);
    await context.close();
  });
});
