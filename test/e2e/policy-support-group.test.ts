import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createTestAccount } from '../support/factories';
import { sampleDocx } from '../support/sample-files';
import { seriousAccessibilityViolations, useBrowser } from './support/browser';

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('members share policy work in the Policy Support Group', () => {
  const browser = useBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'icat-e2e-files-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a member posts with a file; another member finds it by a word of its summary; a visitor does not', async () => {
    const deps = browser().test.deps;
    const author = await createTestAccount(deps, { roles: ['focal_point'], entity: 'ICMPD', name: 'Iris Author' });
    const reader = await createTestAccount(deps, { roles: ['member'], entity: 'OSCE', name: 'Oscar Reader' });
    const file = join(dir, 'screening-note.docx');
    writeFileSync(file, await sampleDocx('Screening at reception centres'));

    const page = await browser().page();
    await signIn(page, author.email, author.password);
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Working groups' }).click();
    await page.getByRole('link', { name: 'Policy Support Group' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Policy Support Group');
    await page.getByLabel('Kind of work').first().selectOption('guidance');
    await page.getByLabel('Title').fill('Guidance on screening at bus stations');
    await page.getByLabel('Summary').fill('How volunteers can spot risks among arrivals: the word to look for is marmalade.');
    await page.getByLabel('Crises').fill('Ukraine');
    await page.getByLabel('Themes').fill('Identification');
    await page.getByLabel('Files').setInputFiles(file);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.waitForURL(/\/groups\/policy-support-group\/posts\/\d+\?notice=post-created/);
    expect(await page.getByRole('status').textContent()).toContain('Your post was shared with the group.');
    expect(await page.getByRole('link', { name: 'screening-note.docx' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Sign out' }).click();

    const other = await browser().browser.newContext({ baseURL: browser().baseUrl, acceptDownloads: true });
    const readerPage = await other.newPage();
    await signIn(readerPage, reader.email, reader.password);
    await readerPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await readerPage.getByLabel('Search for').fill('marmalade');
    await readerPage.getByRole('button', { name: 'Search', exact: true }).click();
    await readerPage.waitForURL(/q=marmalade/);
    expect(await readerPage.locator('#results-count').textContent()).toBe('1 result');
    expect(await readerPage.locator('.snippet mark').first().textContent()).toBe('marmalade');
    await readerPage.getByRole('link', { name: 'Guidance on screening at bus stations' }).click();
    expect(await readerPage.getByRole('heading', { level: 1 }).textContent()).toBe('Guidance on screening at bus stations');
    const [download] = await Promise.all([readerPage.waitForEvent('download'), readerPage.getByRole('link', { name: 'screening-note.docx' }).click()]);
    expect(download.suggestedFilename()).toBe('screening-note.docx');
    await other.close();

    const visitor = await browser().page();
    await visitor.goto('/search?q=marmalade');
    expect(await visitor.locator('#results-count').textContent()).toBe('Nothing matches “marmalade”.');
    expect(await visitor.getByText('Guidance on screening at bus stations').count()).toBe(0);
  });

  it('has no serious accessibility violations on the new pages', async () => {
    const member = await createTestAccount(browser().test.deps, { roles: ['cochair', 'focal_point'], entity: 'ICMPD' });
    const context = await browser().browser.newContext({ baseURL: browser().baseUrl, bypassCSP: true });
    const page = await context.newPage();
    const paths = ['/publications', '/publications/trafficking-in-persons-in-humanitarian-crises', '/events', '/statements', '/reports', '/search?q=trafficking', '/'];
    const check = async () => {
      for (const path of paths) {
        await page.goto(path);
        const violations = await seriousAccessibilityViolations(page);
        expect(violations.map((violation) => `${path}: ${violation.id} ${violation.help}`)).toEqual([]);
      }
    };
    await check();
    await signIn(page, member.email, member.password);
    paths.splice(0, paths.length, '/groups', '/groups/policy-support-group', '/groups/policy-support-group/posts/1', '/groups/policy-support-group/coordination', '/publications/new', '/events/new');
    await check();
    await context.close();
  });
});
