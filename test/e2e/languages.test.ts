/**
 * Arabic and Chinese in a real browser, on a desktop and on a phone: the pages a focal point uses
 * most read right to left in Arabic, fit the screen, pass axe, and are kept as screenshots
 * (test-results/screenshots/) for a person to look over. The fonts they need are on the machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as plans from '../../src/features/progress/plan.service';
import { translator } from '../../src/lib/i18n';
import { createTestAccount } from '../support/factories';
import { seriousAccessibilityViolations, useBrowser } from './support/browser';

const pages = {
  home: '/',
  member: '/members/unodc',
  mapping: '/mapping',
  statement: '/statements/call-to-action-humanitarian-crises-2022',
  // The filled-in form is reached from a plan item of the open 2022 period (the sample's period 1).
  'progress-form': '/progress/updates/new?period=1&item=ITEM',
  report: '/reports/2022',
};
const screens = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const screenshots = 'test-results/screenshots';

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login?lang=en');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('Arabic and Chinese in the browser', () => {
  const browser = useBrowser();

  it('has fonts for Arabic and Chinese on this machine', () => {
    for (const lang of ['ar', 'zh']) expect(execFileSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' }).trim()).not.toBe('');
  });

  for (const locale of ['ar', 'zh'] as const) {
    for (const [screen, viewport] of Object.entries(screens)) {
      it(`shows the main pages in ${locale} on a ${screen}, right to left where the language is, fitting the screen, with no serious accessibility fault`, async () => {
        mkdirSync(screenshots, { recursive: true });
        const context = await browser().browser.newContext({ baseURL: browser().baseUrl, viewport, bypassCSP: true });
        const page = await context.newPage();
        const account = await createTestAccount(browser().test.deps, { roles: ['admin', 'cochair', 'focal_point'], entity: 'ICMPD' });
        await signIn(page, account.email, account.password);
        const problems: string[] = [];
        const plan = await plans.findPlanForYear(browser().test.deps, 2022);
        const item = plan?.items.find((candidate) => candidate.code === '6.1.1');
        for (const [name, path] of Object.entries(pages)) {
          const address = path.replace('ITEM', String(item?.id));
          await page.goto(`${address}${address.includes('?') ? '&' : '?'}lang=${locale}`);
          expect(page.url()).not.toContain('/login');
          const html = page.locator('html');
          expect(await html.getAttribute('lang')).toBe(locale);
          expect(await html.getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
          expect(await page.locator('nav[aria-label] a[aria-current="true"]').first().getAttribute('lang')).toBe(locale);
          const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
          if (width > viewport.width) problems.push(`${name}: ${width} px wide`);
          for (const violation of await seriousAccessibilityViolations(page)) problems.push(`${name}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
          await page.screenshot({ path: `${screenshots}/${locale}-${screen}-${name}.png`, fullPage: true });
        }
        expect(problems).toEqual([]);
        await context.close();
      }, 120_000);
    }
  }

  it('lays the header out from the right in Arabic: the brand at the right edge, the language switcher at the left', async () => {
    const page = await browser().page();
    await page.setViewportSize(screens.desktop);
    await page.goto('/?lang=ar');
    const brand = await page.locator('.brand').boundingBox();
    expect(brand!.x + brand!.width).toBeGreaterThan(screens.desktop.width - 100);
    await expect(page.getByRole('link', { name: translator('ar')('nav.members') }).first()).toBeDefined();
  });
});
