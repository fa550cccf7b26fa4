import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as accounts from '../../src/features/accounts/accounts.service';
import * as meetings from '../../src/features/meetings/meetings.service';
import * as statements from '../../src/features/statements/statements.service';
import { createTestAccount, type TestAccount } from '../support/factories';
import { seriousAccessibilityViolations, useBrowser } from './support/browser';

describe('a focal point endorses a call to action', () => {
  const browser = useBrowser();
  const slug = 'call-to-action-browser-test';

  async function actorFor(account: TestAccount) {
    const { deps } = browser().test;
    const row = await deps.db.selectFrom('accounts').selectAll().where('id', '=', account.id).executeTakeFirstOrThrow();
    return accounts.actorFor(deps, row, null);
  }

  async function signIn(page: Page, account: TestAccount): Promise<void> {
    await page.goto('/login');
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }

  it('records the position through the page, the tally updates live, and the published page lists the endorsers', async () => {
    const { deps } = browser().test;
    const cochair = await createTestAccount(deps, { roles: ['cochair', 'focal_point'], entity: 'UNODC', name: 'Chris Cochair' });
    const focal = await createTestAccount(deps, { roles: ['focal_point'], entity: 'ICMPD', name: 'Ines Focal' });
    const osce = await createTestAccount(deps, { roles: ['focal_point'], entity: 'OSCE', name: 'Oskar Focal' });
    const pen = await actorFor(cochair);
    await statements.createStatement(deps, pen, {
      kind: 'call_to_action',
      title: 'Call to action on trafficking in displacement (browser test)',
      slug,
      body: 'States should identify victims among displaced people.\n\nOrganizations should share what they learn.',
    });
    const roundId = await statements.openRound(deps, pen, slug, { rule: 'consensus', deadline: '2022-11-30', deadline_time: undefined, time_zone: undefined, quorum: undefined, note: undefined });

    const page = await browser().page();
    await page.clock.install({ time: new Date('2022-11-20T10:00:00Z') });
    await signIn(page, focal);
    await page.goto(`/statements/${slug}`);
    const tally = page.locator('#tally');
    expect(await tally.textContent()).toBe('0 of 31 endorsed, 0 objections, 31 silent');

    await page.getByRole('radio', { name: 'Endorse' }).check();
    await page.getByLabel('Comment', { exact: true }).fill('ICMPD endorses the call.');
    await page.getByRole('button', { name: 'Record the position' }).click();
    await page.waitForURL(/notice=position/);
    expect(await page.getByRole('status').first().textContent()).toContain('position was recorded');
    expect(await tally.textContent()).toBe('1 of 31 endorsed, 0 objections, 30 silent');
    expect(await page.locator(`#positions-${roundId}`).textContent()).toContain('ICMPD endorses the call.');

    // Another organization objects while the page is open: the tally follows without a reload.
    await statements.recordPosition(deps, await actorFor(osce), slug, roundId, { position: 'object', comment: 'Not in this form.', version: 0 });
    await page.clock.runFor(16_000);
    await expect.poll(() => tally.textContent(), { timeout: 5000 }).toBe('1 of 31 endorsed, 1 objection, 29 silent');

    // The objection is withdrawn; the round closes, a meeting adopts the text and it is published.
    const osceRow = await deps.db.selectFrom('endorsement_positions').select('version').where('round_id', '=', roundId).where('comment', '=', 'Not in this form.').executeTakeFirstOrThrow();
    await statements.recordPosition(deps, await actorFor(osce), slug, roundId, { position: 'endorse', comment: 'Agreed after revision of the timeline.', version: osceRow.version });
    expect(await statements.closeRound(deps, pen, slug, roundId)).toBe('endorsed');
    const fourth = (await meetings.findMeetingIdByNumber(deps, 'principal', 4)) as number;
    const adoption = await statements.adoptStatement(deps, pen, slug, { meeting: fourth, title: undefined, body: undefined });
    expect(adoption.reference).toBe('PLM4/2022/3');
    await statements.publishStatement(deps, pen, slug);

    const visitor = await browser().page();
    await visitor.goto(`/statements/${slug}`);
    expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe('Call to action on trafficking in displacement (browser test)');
    const endorsers = visitor.locator('#endorsers');
    expect(await endorsers.textContent()).toContain('2 of 31 member organizations endorsed this text.');
    expect(await endorsers.getByRole('listitem').allTextContents()).toEqual([
      'International Centre for Migration Policy Development (ICMPD)',
      'Organization for Security and Co-operation in Europe (OSCE)',
    ]);
    expect(await visitor.getByText('Fourth annual meeting of ICAT Principals').count()).toBe(1);
    expect(await visitor.getByText('decision PLM4/2022/3').count()).toBe(1);
    // What was said in the round stays in the workspace.
    expect(await visitor.getByText('ICMPD endorses the call.').count()).toBe(0);
    expect(await visitor.locator('#tally').count()).toBe(0);
  });

  it('has no serious accessibility violations on the meetings, decisions and statement pages', async () => {
    const { deps } = browser().test;
    const admin = await createTestAccount(deps, { roles: ['admin', 'focal_point'], entity: 'UNODC' });
    const draft = 'accessible-draft';
    const pen = await actorFor(admin);
    await statements.createStatement(deps, pen, { kind: 'joint_statement', title: 'An accessible draft', slug: draft, body: 'One.\n\nTwo.' });
    await statements.saveText(deps, pen, draft, { title: 'An accessible draft', body: 'One, changed.\n\nTwo.', note: undefined, version: 1 });
    await statements.openRound(deps, pen, draft, { rule: 'silence', deadline: '2022-11-30', deadline_time: undefined, time_zone: undefined, quorum: 5, note: undefined });
    const context = await browser().browser.newContext({ baseURL: browser().baseUrl, bypassCSP: true });
    const page = await context.newPage();
    const check = async (path: string) => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(400);
      const violations = await seriousAccessibilityViolations(page);
      expect(violations.map((violation) => `${path}: ${violation.id} ${violation.help}`)).toEqual([]);
    };
    for (const path of ['/meetings', '/meetings/2', '/decisions?type=adoption', '/statements/call-to-action-humanitarian-crises-2022']) await check(path);
    await signIn(page, admin);
    for (const path of [
      '/meetings/new',
      '/meetings/2',
      '/meetings/2/edit',
      '/meetings/2/minutes',
      '/statements/workspace',
      '/statements/new',
      `/statements/${draft}`,
      `/statements/${draft}/edit`,
      `/statements/${draft}/diff?from=1&to=2`,
    ]) {
      await check(path);
    }
    await context.close();
  });
});
