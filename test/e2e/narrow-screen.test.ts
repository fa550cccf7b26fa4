/**
 * A phone is 390 CSS pixels wide: every page a person can open (every GET route of the access
 * tables that answers HTML), signed in and not, fits that width, so no page scrolls sideways. Wide
 * tables scroll inside their own frame; the navigation folds into a menu.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { everyExpectation, onePerRoute, whoGetsThrough } from '../access/access';
import { createTestAccount } from '../support/factories';
import { useBrowser } from './support/browser';

const pages = onePerRoute(everyExpectation()).filter(
  (entry) => entry.route.startsWith('GET ') && !entry.url.startsWith('/api/') && !/\.(csv|pdf|docx|xlsx|ics|atom|xml|json|txt|png|svg)$/.test(entry.url.split('?')[0] ?? ''),
);

const phone = { width: 390, height: 844 };

/**
 * Every table of the page that is not in a scroll region a keyboard can reach and a screen reader
 * names: `.table-scroll` with role region, tabindex 0 and aria-labelledby naming visible text.
 */
const tablesOutsideRegions = `[...document.querySelectorAll('table')].flatMap((table, index) => {
  const region = table.parentElement;
  const name = (region?.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim();
  const ok = region?.classList.contains('table-scroll') && region.getAttribute('role') === 'region' && region.getAttribute('tabindex') === '0' && name !== '';
  return ok ? [] : ['table ' + (table.id || index + 1)];
})`;

/** Opens each page it may open and returns those wider than the phone, with their width, and tables outside named regions. */
async function tooWide(page: Page, who: 'public' | 'admin' | 'cochair'): Promise<string[]> {
  const wide: string[] = [];
  for (const entry of pages.filter((candidate) => whoGetsThrough(candidate).includes(who))) {
    // A file (a report's HTML download, a calendar) is saved, not shown: nothing to measure.
    const response = await page.goto(entry.url).catch((error: Error) => {
      if (error.message.includes('Download is starting')) return null;
      throw error;
    });
    if (!response || !(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
    const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    if (width > phone.width) wide.push(`${entry.url} (${who}): ${width} px`);
    const unreachable = (await page.evaluate(tablesOutsideRegions)) as string[];
    if (unreachable.length > 0) wide.push(`${entry.url} (${who}): ${unreachable.join(', ')} not in a named, focusable scroll region`);
  }
  return wide;
}

describe('on a phone', () => {
  const browser = useBrowser();

  it('no page is wider than the screen, and every table scrolls in a named region a keyboard reaches, signed in or not', async () => {
    const found: string[] = [];
    for (const who of ['public', 'admin', 'cochair'] as const) {
      const context = await browser().browser.newContext({ baseURL: browser().baseUrl, viewport: phone });
      const page = await context.newPage();
      if (who !== 'public') {
        const account = await createTestAccount(browser().test.deps, { roles: who === 'admin' ? ['admin'] : ['cochair', 'focal_point'], entity: who === 'admin' ? 'UNODC' : 'ICMPD' });
        await page.goto('/login');
        await page.getByLabel('Email').fill(account.email);
        await page.getByLabel('Password').fill(account.password);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      }
      found.push(...(await tooWide(page, who)));
      await context.close();
    }
    expect(found).toEqual([]);
  }, 110_000);

  it('lets a keyboard reach a table too wide for the screen and scroll it, named after its caption', async () => {
    const context = await browser().browser.newContext({ baseURL: browser().baseUrl, viewport: phone });
    const page = await context.newPage();
    await page.goto('/mapping');
    const region = page.getByRole('region', { name: 'Member organizations and their profile' });
    expect(await region.locator('table#mapping-table').count()).toBe(1);
    const frame = "document.querySelector('#mapping-table').parentElement";
    // Cells wrap anywhere, so the seeded tables fit 390 px; a table with more columns than that does not.
    await page.evaluate(`document.querySelector('#mapping-table').style.minInlineSize = '60rem'`);
    expect(await page.evaluate(`${frame}.scrollWidth > ${frame}.clientWidth`)).toBe(true);
    // The Tab key reaches it (no mouse), and the arrow keys scroll it.
    let reached = false;
    for (let presses = 0; presses < 80 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(`${frame} === document.activeElement`)) as boolean;
    }
    expect(reached).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await page.evaluate(`${frame}.scrollLeft`)) as number).toBeGreaterThan(0);
    await context.close();
  });

  it('folds the navigation into a menu that opens without JavaScript', async () => {
    const context = await browser().browser.newContext({ baseURL: browser().baseUrl, viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    const members = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' });
    expect(await members.isVisible()).toBe(false);
    await page.getByText('Menu', { exact: true }).click();
    await members.click();
    await page.waitForURL(/\/members$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Members');
    await context.close();
  });

  it('shows the navigation without a menu on a wide screen', async () => {
    const page = await browser().page();
    await page.goto('/');
    expect(await page.getByText('Menu', { exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).isVisible()).toBe(true);
    const icon = await page.request.get((await page.locator('link[rel="icon"]').getAttribute('href')) ?? '');
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toContain('image/svg+xml');
  });
});
