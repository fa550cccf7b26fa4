/**
 * The report's life, through the web as its co-chairs and the public use it: narratives with
 * versions, generation in the background (HTML, PDF, DOCX, CSV), final (the data frozen) and
 * published (on the public site).
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { settleJobs, useTestContext } from '../../../test/support/build-test-app';
import { pdfPages, requirePdftotext, zipEntries, zipText } from '../../../test/support/documents';
import { createTestAccount } from '../../../test/support/factories';
import { icat, madeUpGroup, useGroup } from '../../../test/support/group-words';
import { TestClient } from '../../../test/support/http-client';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { commandLineActor } from '../../policy/actor';
import * as progress from '../progress/progress.service';
import { compileReport } from './report.compile';
import { renderHtmlDocument } from './report.html';
import * as reports from './reports.service';

for (const kind of testDatabaseKinds()) {
  describe(`the annual report's lifecycle (${kind})`, () => {
    const ctx = useTestContext(kind);
    let cochair: TestClient;

    async function signedInCochair(): Promise<TestClient> {
      if (cochair) return cochair;
      const account = await createTestAccount(ctx().deps, { roles: ['cochair', 'focal_point'], entity: 'ICMPD' });
      cochair = new TestClient(ctx().app);
      await cochair.signIn(account.email, account.password);
      return cochair;
    }

    async function files(): Promise<Map<string, { storedName: string; sha256: string; status: string }>> {
      const rows = await ctx()
        .deps.db.selectFrom('report_files')
        .innerJoin('reports', 'reports.id', 'report_files.report_id')
        .select(['name', 'stored_name', 'sha256', 'report_status'])
        .where('reports.year', '=', 2022)
        .execute();
      return new Map(rows.map((row) => [row.name, { storedName: row.stored_name ?? '', sha256: row.sha256, status: row.report_status }]));
    }

    async function stored(storedName: string): Promise<Buffer> {
      const row = await ctx().deps.db.selectFrom('stored_files').select('bytes').where('name', '=', storedName).executeTakeFirstOrThrow();
      return row.bytes;
    }

    async function auditActions(table: string): Promise<string[]> {
      const rows = await ctx().deps.db.selectFrom('audit_log').select('action').where('table_name', '=', table).orderBy('id').execute();
      return rows.map((row) => row.action);
    }

    async function generate(client: TestClient): Promise<void> {
      const response = await client.post('/reports/2022/generate', { formats: ['html', 'pdf', 'docx'] });
      expect(response.statusCode).toBe(303);
      await settleJobs(ctx().deps);
    }

    it('starts from the seeded sample narratives, marked as sample text', async () => {
      const { narratives } = await reports.getWorkspace(ctx().deps, commandLineActor(), 2022);
      const foreword = narratives.find((narrative) => narrative.key === 'foreword');
      expect(foreword?.version).toBe(1);
      expect(foreword?.markdown).toContain('Sample text for demonstration');
    });

    it("introduces the crises section under the group's name for it, and not at all when the group has no such section", async () => {
      const page = await (await signedInCochair()).get('/reports/2022/edit');
      expect(page.body).toContain('Responding to crises: introduction');
      useGroup(madeUpGroup);
      try {
        const { narratives } = await reports.getWorkspace(ctx().deps, commandLineActor(), 2022);
        expect(narratives.map((narrative) => narrative.key)).toEqual(['foreword', 'outlook']);
        const other = await (await signedInCochair()).get('/reports/2022/edit');
        expect(other.body).not.toContain('id="narrative-crises"');
        expect(other.body).not.toContain('Responding to crises');
        expect(other.body).not.toContain('>: introduction');
      } finally {
        useGroup(icat);
      }
    });

    it('lets the co-chairs write a narrative: saved with versions; a stale save gets 409 and keeps what was typed', async () => {
      const client = await signedInCochair();
      expect((await client.get('/reports/2022/edit')).statusCode).toBe(200);
      const saved = await client.post('/reports/2022/narratives/foreword', { markdown: 'A year of **crises** and cooperation.', version: '1', action: 'save' });
      expect(saved.statusCode).toBe(303);
      const stale = await client.post('/reports/2022/narratives/foreword', { markdown: 'My other draft', version: '1', action: 'save' });
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain('My other draft');
      expect(stale.body).toContain('A year of **crises** and cooperation.');
      const page = await client.get('/reports/2022/edit');
      expect(page.body).toContain('<strong>crises</strong>');
      expect(await auditActions('report_narratives')).toEqual(['create', 'create', 'create', 'update']);
      const versions = await ctx().deps.db.selectFrom('report_narrative_versions').select(['key', 'version']).where('key', '=', 'foreword').orderBy('version').execute();
      expect(versions).toEqual([
        { key: 'foreword', version: 1 },
        { key: 'foreword', version: 2 },
      ]);
    });

    it('previews Markdown without JavaScript and through the live preview endpoint, sanitized', async () => {
      const client = await signedInCochair();
      const preview = await client.post('/reports/2022/narratives/crises', { markdown: 'Preview *only*', version: '1', action: 'preview' });
      expect(preview.statusCode).toBe(200);
      expect(preview.body).toContain('<em>only</em>');
      const live = await client.post('/reports/2022/preview', { markdown: 'Hi <script>alert(1)</script> [x](javascript:alert(1)) **there**' });
      expect(live.statusCode).toBe(200);
      expect(live.body).toContain('<strong>there</strong>');
      expect(live.body).not.toContain('<script');
      expect(live.body).not.toContain('javascript:');
      const crises = await ctx().deps.db.selectFrom('report_narratives').select(['markdown', 'version']).where('key', '=', 'crises').executeTakeFirst();
      expect(crises?.version).toBe(1);
      expect(crises?.markdown).not.toContain('Preview');
    });

    it('generates HTML, PDF, DOCX and the figures’ CSV as a background job', async () => {
      requirePdftotext();
      const client = await signedInCochair();
      await generate(client);
      const page = await client.get('/reports/2022/edit');
      expect(page.body).toContain('The files are ready');
      const written = await files();
      const model = (await reports.getReport(ctx().deps, commandLineActor(), 2022)).model;
      const lists = ['-updates.csv', '-members.csv', '-pledges.csv', '-decisions.csv', '-plan.csv'];
      expect([...written.keys()].filter((name) => name.endsWith('.csv') && !lists.some((list) => name.endsWith(list)))).toHaveLength(model.figures.length);
      for (const list of lists) expect(written.has(`icat-annual-report-2022${list}`)).toBe(true);

      const pdf = await stored(written.get('icat-annual-report-2022.pdf')?.storedName ?? '');
      const pages = pdfPages(pdf);
      const text = pages.join('\n');
      for (const expected of ['Annual report 2022', 'ICMPD', 'UNODC', 'Policy Support Group', 'Vienna Migration Conference', 'OSRSG-VAC', 'A year of crises and cooperation.'])
        expect(text).toContain(expected);
      for (const figure of model.figures) expect(text).toContain(`Figure ${figure.number}. ${figure.caption}`);
      pages.forEach((pageText, index) => expect(pageText).toContain(`Page ${index + 1} of ${pages.length}`));

      const docx = await stored(written.get('icat-annual-report-2022.docx')?.storedName ?? '');
      const document = zipText(docx, 'word/document.xml');
      expect(document).toMatch(/<w:pStyle w:val="Heading1"\/>.*Foreword/s);
      expect(document).toContain('The co-chairs’ pledges');
      expect(document).toContain('Progress on the Plan of Action');
      expect(document.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(model.figures.length);
      expect(Object.keys(zipEntries(docx)).filter((name) => name.startsWith('word/media/'))).toHaveLength(model.figures.length);
      expect(await auditActions('report_jobs')).toEqual(['create']);
      expect(await auditActions('report_files')).toEqual(['generate']);
    }, 120_000);

    it('freezes the data when final: a progress edit afterwards leaves the final report unchanged, and regenerating gives the same HTML and DOCX bytes', async () => {
      const client = await signedInCochair();
      const { summary } = await reports.getWorkspace(ctx().deps, commandLineActor(), 2022);
      expect((await client.post('/reports/2022/finalize', { version: String(summary.version) })).statusCode).toBe(303);
      const before = await reports.getReport(ctx().deps, commandLineActor(), 2022);
      expect(before.summary.status).toBe('final');
      const htmlBefore = await renderHtmlDocument(before.model);
      await generate(client);
      const first = await files();

      // A co-chair changes a pledge's progress after the report is final.
      const [pledge] = await progress.listPledges(ctx().deps, 2022);
      if (!pledge) throw new Error('The demo has no 2022 pledge.');
      await progress.updatePledgeProgress(ctx().deps, commandLineActor(), pledge.id, {
        version: String(pledge.version),
        status: 'discontinued',
        note: 'Changed after the report was final.',
        items: pledge.items.map((item) => item.code).join(','),
      });
      const live = await reports.getWorkspace(ctx().deps, commandLineActor(), 2022);
      expect(live.summary.status).toBe('final');
      const after = await reports.getReport(ctx().deps, commandLineActor(), 2022);
      expect(await renderHtmlDocument(after.model)).toBe(htmlBefore);
      expect(htmlBefore).not.toContain('Changed after the report was final.');
      const liveModel = await compileReport(ctx().deps, { year: 2022, status: 'draft', narratives: {} });
      expect(await renderHtmlDocument(liveModel)).toContain('Changed after the report was final.');

      await generate(client);
      const second = await files();
      for (const name of ['icat-annual-report-2022.html', 'icat-annual-report-2022.docx']) {
        expect(second.get(name)?.sha256).toBe(first.get(name)?.sha256);
        expect(second.get(name)?.status).toBe('final');
      }
      expect(await auditActions('reports')).toContain('finalize');
    }, 120_000);

    it('refuses narrative edits once final, and the public does not see an unpublished report', async () => {
      const client = await signedInCochair();
      const refused = await client.post('/reports/2022/narratives/foreword', { markdown: 'Too late', version: '2', action: 'save' });
      expect(refused.statusCode).toBe(409);
      const anonymous = new TestClient(ctx().app);
      expect((await anonymous.get('/reports/2022')).statusCode).toBe(303);
      expect((await anonymous.get('/reports/2022/report.pdf')).statusCode).toBe(303);
      expect((await anonymous.get('/api/v1/reports/2022')).statusCode).toBe(401);
      expect((await anonymous.get('/reports/2031')).statusCode).toBe(404);
    });

    it('publishes the report on the public site with its HTML, PDF, DOCX and CSV downloads', async () => {
      const client = await signedInCochair();
      const { summary } = await reports.getWorkspace(ctx().deps, commandLineActor(), 2022);
      expect((await client.post('/reports/2022/publish', { version: String(summary.version) })).statusCode).toBe(303);
      await settleJobs(ctx().deps);
      const written = await files();
      expect(written.get('icat-annual-report-2022.pdf')?.status).toBe('published');

      const anonymous = new TestClient(ctx().app);
      const list = await anonymous.get('/reports');
      expect(list.body).toContain('href="/reports/2022"');
      const page = await anonymous.get('/reports/2022');
      expect(page.statusCode).toBe(200);
      for (const name of ['ICMPD', 'UNODC', 'Policy Support Group', 'Vienna Migration Conference', 'OSRSG-VAC']) expect(page.body).toContain(name);
      const pdf = await anonymous.get('/reports/2022/report.pdf');
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const docx = await anonymous.get('/reports/2022/report.docx');
      expect(docx.statusCode).toBe(200);
      expect(docx.rawPayload.equals(await stored(written.get('icat-annual-report-2022.docx')?.storedName ?? ''))).toBe(true);
      const html = await anonymous.get('/reports/2022/report.html');
      expect(html.statusCode).toBe(200);
      const csv = await anonymous.get('/reports/2022/figures/figure-year-in-numbers.csv');
      expect(csv.statusCode).toBe(200);
      expect(csv.body).toContain('Meetings');
      const api = await anonymous.get('/api/v1/reports');
      expect(api.json().items.map((item: { year: number }) => item.year)).toEqual([2022]);
      expect(await auditActions('reports')).toEqual(expect.arrayContaining(['create', 'finalize', 'publish']));
      const moments = await sql<{ n: number }>`select count(distinct data_as_of) as n from report_files`.execute(ctx().deps.db);
      expect(Number(moments.rows[0]?.n)).toBe(1);
    }, 120_000);
  });
}
