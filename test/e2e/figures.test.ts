/**
 * Figures read as a person reads them in the browser: no label sits on another (each pair of text
 * boxes in a rendered SVG is compared), no category name is cut short with "…", counts have whole
 * numbers on their axis, and a yes/no indicator is not drawn on a 0-1 scale.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createTestAccount } from '../support/factories';
import { useBrowser } from './support/browser';

interface FigureText {
  figure: string;
  texts: { text: string; box: { x: number; y: number; width: number; height: number } }[];
}

/** The text of every figure's SVG on the page, with each text's box as drawn. */
async function figureTexts(page: Page): Promise<FigureText[]> {
  return page.evaluate(`[...document.querySelectorAll('figure svg, .figure svg, .report-figure svg')].map((svg, index) => ({
    figure: (svg.closest('figure, .figure, .report-figure')?.id || 'figure ' + (index + 1)),
    texts: [...svg.querySelectorAll('text')].filter((text) => text.textContent.trim() !== '').map((text) => {
      const box = text.getBoundingClientRect();
      return { text: text.textContent.trim(), box: { x: box.x, y: box.y, width: box.width, height: box.height } };
    }),
  }))`) as Promise<FigureText[]>;
}

/** Pairs of texts whose boxes overlap by more than a pixel each way. */
function overlaps(figure: FigureText): string[] {
  const found: string[] = [];
  figure.texts.forEach((a, i) => {
    for (const b of figure.texts.slice(i + 1)) {
      const dx = Math.min(a.box.x + a.box.width, b.box.x + b.box.width) - Math.max(a.box.x, b.box.x);
      const dy = Math.min(a.box.y + a.box.height, b.box.y + b.box.height) - Math.max(a.box.y, b.box.y);
      if (dx > 1 && dy > 1) found.push(`${figure.figure}: "${a.text}" overlaps "${b.text}"`);
    }
  });
  return found;
}

describe('figures', () => {
  const browser = useBrowser();

  it('have no overlapping labels, no cut names and whole-number count axes, public and in the workspace', async () => {
    const context = await browser().browser.newContext({ baseURL: browser().baseUrl, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const account = await createTestAccount(browser().test.deps, { roles: ['admin'], entity: 'UNODC' });
    const problems: string[] = [];
    let figures = 0;
    const check = async (path: string) => {
      await page.goto(path);
      for (const figure of await figureTexts(page)) {
        figures++;
        problems.push(...overlaps(figure).map((problem) => `${path} ${problem}`));
        problems.push(...figure.texts.filter((text) => text.text.endsWith('…')).map((text) => `${path} ${figure.figure}: "${text.text}" is cut`));
        problems.push(...figure.texts.filter((text) => /^\d+\.\d+$/.test(text.text)).map((text) => `${path} ${figure.figure}: fractional tick "${text.text}"`));
      }
    };
    for (const path of ['/about', '/mapping', '/reports/2022']) await check(path);
    await page.goto('/login');
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    for (const path of ['/progress', '/progress?year=2022', '/reports/2022']) await check(path);
    await context.close();
    expect(figures).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  }, 90_000);
});
