/**
 * A published report is public, and so is what it cites: an anonymous reader who follows any link
 * of the 2022 report reaches a page, never the sign-in form. The progress updates it cites are
 * summarised in the report itself (what, who, when), without their files.
 */
import { describe, expect, it } from 'vitest';
import * as reports from '../../src/features/reports/reports.service';
import { commandLineActor } from '../../src/policy/actor';
import { useTestContext } from '../support/build-test-app';
import { createTestAccount } from '../support/factories';
import { TestClient } from '../support/http-client';
import { testDatabaseKinds } from '../support/test-database';

for (const kind of testDatabaseKinds()) {
  describe(`the published report's links [${kind}]`, () => {
    const ctx = useTestContext(kind);

    it('lead an anonymous reader to public pages, and cited updates to their summary in the report', async () => {
      // The 2022 co-chairs make the report final, then publish it.
      const account = await createTestAccount(ctx().deps, { roles: ['cochair', 'focal_point'], entity: 'ICMPD' });
      const chair = new TestClient(ctx().app);
      await chair.signIn(account.email, account.password);
      for (const step of ['finalize', 'publish']) {
        const { summary } = await reports.getWorkspace(ctx().deps, commandLineActor(), 2022);
        expect((await chair.post(`/reports/2022/${step}`, { version: String(summary.version) })).statusCode).toBe(303);
      }

      const reader = new TestClient(ctx().app);
      const report = await reader.get('/reports/2022');
      expect(report.statusCode).toBe(200);
      const hrefs = [...new Set([...report.body.matchAll(/<a[^>]* href="(\/[^"]*)"/g)].map((match) => (match[1] ?? '').replace(/&amp;/g, '&')))];
      const inReport = hrefs.filter((href) => !href.startsWith('/login') && !href.startsWith('/assets/'));
      expect(inReport.filter((href) => href.startsWith('/progress/updates/'))).toEqual([]);

      const evidence = inReport.filter((href) => href.startsWith('/reports/2022#evidence-'));
      expect(evidence.length).toBeGreaterThan(0);
      for (const href of evidence) expect(report.body).toContain(`id="${href.split('#')[1]}"`);
      expect(report.body).toContain('Progress updates cited');
      expect(report.body).not.toMatch(/href="\/progress\/evidence\//);

      const closed: string[] = [];
      for (const href of inReport) {
        const response = await reader.get(href);
        const location = String(response.headers.location ?? '');
        if (response.statusCode === 401 || response.statusCode === 403 || location.startsWith('/login')) closed.push(`${href}: ${response.statusCode}`);
      }
      expect(closed).toEqual([]);
    }, 120_000);
  });
}
