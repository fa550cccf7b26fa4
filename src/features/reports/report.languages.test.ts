/**
 * One year's report in several languages, through the web: generated side by side (each language its
 * own job and files), downloaded per language, frozen in every language when made final and thawed
 * when reopened; a draft in any language stays for the co-chairs and the secretariat.
 */
import { describe, expect, it } from 'vitest';
import { settleJobs, useTestContext } from '../../../test/support/build-test-app';
import { createTestAccount } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { translator } from '../../lib/i18n';
import { commandLineActor } from '../../policy/actor';
import * as reports from './reports.service';

for (const kind of testDatabaseKinds()) {
  describe(`the annual report in several languages (${kind})`, () => {
    const ctx = useTestContext(kind);

    async function signedIn(roles: Parameters<typeof createTestAccount>[1]['roles'], entity?: string): Promise<TestClient> {
      const account = await createTestAccount(ctx().deps, entity ? { roles, entity } : { roles });
      const client = new TestClient(ctx().app);
      await client.signIn(account.email, account.password);
      return client;
    }

    async function fileNames(): Promise<{ name: string; locale: string }[]> {
      return ctx().deps.db.selectFrom('report_files').select(['name', 'locale']).where('format', '!=', 'csv').orderBy('name').execute();
    }

    it('generates languages side by side: a co-chair in Arabic and the secretariat in French at once', async () => {
      const [cochair, secretariat] = await Promise.all([signedIn(['cochair', 'focal_point'], 'ICMPD'), signedIn(['admin'])]);
      const workspace = await cochair.get('/reports/2022/edit');
      expect(workspace.body).toContain('<select id="language" name="language"');
      expect(workspace.body).toContain('<option value="ar">العربية</option>');
      const [arabic, french] = await Promise.all([
        cochair.post('/reports/2022/generate', { formats: ['html'], language: 'ar' }),
        secretariat.post('/reports/2022/generate', { formats: ['html'], language: 'fr' }),
      ]);
      expect([arabic.statusCode, french.statusCode]).toEqual([303, 303]);
      await settleJobs(ctx().deps);
      expect(await fileNames()).toEqual([
        { name: 'icat-annual-report-2022-ar.html', locale: 'ar' },
        { name: 'icat-annual-report-2022-fr.html', locale: 'fr' },
      ]);
      const jobs = await ctx().deps.db.selectFrom('report_jobs').select(['locale', 'status']).orderBy('locale').execute();
      expect(jobs).toEqual([
        { locale: 'ar', status: 'done' },
        { locale: 'fr', status: 'done' },
      ]);

      const download = await cochair.get('/reports/2022/report.html?lang=ar');
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-disposition']).toContain('icat-annual-report-2022-ar.html');
      expect(download.body).toContain('<html lang="ar" dir="rtl">');
      const page = await secretariat.get('/reports/2022/edit');
      expect(page.body).toContain('href="/reports/2022/report.html?lang=fr"');
    });

    it('refuses a language the platform does not have, and keeps drafts in every language from the public', async () => {
      const cochair = await signedIn(['cochair', 'focal_point'], 'UNODC');
      const unknown = await cochair.post('/reports/2022/generate', { formats: ['html'], language: 'xx' });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.body).toContain('is not a language of the platform');
      expect((await cochair.get('/reports/2022?lang=xx')).statusCode).toBe(400);
      const reader = new TestClient(ctx().app);
      // The public is sent to sign in (pages) or refused (the API); nothing of the draft is shown.
      for (const url of ['/reports/2022?lang=fr', '/reports/2022/report.html?lang=ar', '/api/v1/reports/2022?lang=zh']) {
        const response = await reader.get(url);
        expect([303, 401]).toContain(response.statusCode);
        expect(response.body).not.toContain(translator('fr')('report.contents'));
      }
    });

    it('freezes the report in every language when it is made final, and thaws them when it is reopened', async () => {
      const { summary } = await reports.getWorkspace(ctx().deps, commandLineActor(), 2022);
      await reports.finalizeReport(ctx().deps, commandLineActor(), 2022, summary.version);
      const frozen = await ctx().deps.db.selectFrom('report_snapshots').select('locale').orderBy('locale').execute();
      expect(frozen.map((row) => row.locale)).toEqual(['ar', 'es', 'fr', 'ru', 'zh']);
      const arabic = await reports.getReport(ctx().deps, commandLineActor(), 2022, 'ar');
      const english = await reports.getReport(ctx().deps, commandLineActor(), 2022, 'en');
      expect(arabic.model.meta).toMatchObject({ locale: 'ar', dir: 'rtl', status: 'final', dataAsOf: english.model.meta.dataAsOf });
      expect(arabic.model.meta.title).toBe(translator('ar')('report.title', { year: '2022' }));
      const secretariat = await signedIn(['admin']);
      const page = await secretariat.get('/reports/2022?lang=ar');
      expect(page.body).toContain('<article class="report" lang="ar" dir="rtl">');
      expect(page.body).toContain('href="/reports/2022/report.pdf?lang=ar"');

      const after = await reports.getWorkspace(ctx().deps, commandLineActor(), 2022);
      await reports.reopenReport(ctx().deps, commandLineActor(), 2022, after.summary.version);
      expect(await ctx().deps.db.selectFrom('report_snapshots').select('locale').execute()).toEqual([]);
    });
  });
}
