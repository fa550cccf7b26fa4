import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { signedInPeople } from '../../../test/support/factories';
import { postMultipart } from '../../../test/support/multipart';
import { sampleHtml, samplePdf } from '../../../test/support/sample-files';
import { seedProgress } from '../../../test/support/seed-data';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { parseCsv } from '../../lib/csv';
import { commandLineActor } from '../../policy/actor';
import * as progress from './progress.service';

for (const kind of testDatabaseKinds()) {
  describe(`progress dashboard, exports and pledges [${kind}]`, () => {
    const ctx = useTestContext(kind);
    const { client } = signedInPeople(ctx);
    const member = () => client('member', { roles: ['member'], entity: 'ILO' });

    it('is for signed-in members only', async () => {
      const page = await ctx().app.inject('/progress');
      expect(page.statusCode).toBe(303);
      expect(page.headers.location).toBe('/login?next=%2Fprogress');
      expect((await ctx().app.inject('/api/v1/progress')).statusCode).toBe(401);
    });

    it('shows accepted updates by priority area and objective, and indicators against targets, each with its data', async () => {
      const page = await (await member()).get('/progress?year=2022');
      expect(page.statusCode).toBe(200);
      const html = page.body;
      expect(html).toContain('Sample data for demonstration');
      for (const id of ['figure-priorities', 'figure-objectives', 'figure-indicators']) expect(html).toContain(`id="${id}"`);
      expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(3);
      // Inclusion of survivors' voices: ICMPD and OSCE reported on 1.1.1, both on track.
      expect(html).toMatch(/<th scope="row">Inclusion of survivors&#39; voices<\/th><td>0<\/td><td>2<\/td><td>0<\/td><td>0<\/td><td>0<\/td><td>2<\/td>/);
      // Indicator 1.1.1: target 2, actual 1 + 2 = 3, met.
      expect(html).toMatch(/1\.1\.1 ICAT products reviewed with survivor advisors \(products\)<\/th><td>2022<\/td><td>2<\/td><td>3<\/td><td>2<\/td><td>Yes<\/td>/);
      expect(html).toContain('6 accepted updates');
    });

    it('filters by organization and priority area, and says which filter value is wrong', async () => {
      const byEntity = await (await member()).get('/progress?year=2022&entity=osce');
      expect(byEntity.body).toContain('1 accepted update');
      expect(byEntity.body).toMatch(/<th scope="row">Inclusion of survivors&#39; voices<\/th><td>0<\/td><td>1<\/td>/);
      const pledges = await progress.listPledges(ctx().deps, 2022);
      const procurement = pledges.find((pledge) => pledge.title.includes('procurement'));
      const byPriority = await (await member()).get(`/progress?year=2022&priority=${procurement?.id}`);
      expect(byPriority.body).toContain('1 accepted update');
      expect(byPriority.body).toContain('4.1.1 Members whose procurement safeguards are mapped');
      expect(byPriority.body).not.toContain('1.1.1 ICAT products reviewed');
      const bad = await (await member()).get('/api/v1/progress?year=2022&entity=nobody');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields[0].field).toBe('entity');
      expect((await (await member()).get('/api/v1/progress?year=2022&priority=9999')).json().error.fields[0].field).toBe('priority');
    });

    it('exports the same rows as CSV and Excel, with the filters', async () => {
      const csv = await (await member()).get('/progress/updates.csv?year=2022&entity=icmpd');
      expect(csv.headers['content-type']).toContain('text/csv');
      const rows = parseCsv(csv.body);
      expect(rows[0]).toEqual(['year', 'period', 'organization', 'target_kind', 'code', 'target', 'state', 'status', 'narrative', 'evidence', 'submitted_at', 'reviewed_at', 'reviewed_by', 'sample']);
      expect(
        rows
          .slice(1)
          .filter((row) => row.length > 1)
          .map((row) => [row[2], row[4], row[7], row[13]]),
      ).toEqual([['ICMPD', '1.1.1', 'on_track', 'yes']]);
      const values = parseCsv((await (await member()).get('/progress/indicator-values.csv?year=2022')).body).filter((row) => row.length > 1);
      expect(values[0]).toEqual(['year', 'period', 'organization', 'code', 'indicator', 'unit', 'type', 'value', 'sample']);
      expect(values).toContainEqual(['2022', '2022', 'IOM', '6.1.1', 'Briefed mechanisms that asked for follow-up', '% of mechanisms briefed', 'percentage', '75', 'yes']);
      const xlsx = await (await member()).get('/progress/export.xlsx?year=2022');
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Updates', 'Indicator values', 'Indicators']);
      // A header row, then one row for each of the seed's sample updates.
      expect(workbook.getWorksheet('Updates')?.rowCount).toBe(seedProgress().updates.length + 1);
      const figureCsv = await (await member()).get('/progress/figures/figure-priorities.csv?year=2022');
      expect(parseCsv(figureCsv.body)[1]?.[0]).toBe("Inclusion of survivors' voices");
    });

    it('serves progress and pledges as JSON', async () => {
      const body = (await (await member()).get('/api/v1/progress?year=2022')).json();
      expect(body.filter).toEqual({ year: 2022, entity: null, priority: null });
      expect(body.status.total).toBe(seedProgress().updates.length);
      expect(body.updates.items[0]).toHaveProperty('narrative');
      const pledges = (await (await member()).get('/api/v1/progress/pledges?year=2022')).json();
      expect(pledges.items).toHaveLength(seedProgress().pledges.length);
      expect(pledges.items[0]).toMatchObject({ title: "Inclusion of survivors' voices", isSample: true, priority: { title: "Inclusion of survivors' voices" } });
    });

    it('lists the 2022 pledges with their items, and lets the co-chairs record their own progress', async () => {
      const page = await (await member()).get('/progress/pledges?year=2022');
      expect(page.body.match(/class="pledge"/g)).toHaveLength(seedProgress().pledges.length);
      expect(page.body).not.toContain('Update the co-chairs’ progress');
      const chair = await client('chair', { roles: ['cochair'], entity: 'ICMPD' });
      const [first] = await progress.listPledges(ctx().deps, 2022);
      const bad = await chair.post(`/progress/pledges/${first?.id}`, { version: String(first?.version), status: 'achieved', note: 'Done', items: '1, 99.9' });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('not in the plan for 2022: 99.9');
      const saved = await chair.post(`/progress/pledges/${first?.id}`, {
        version: String(first?.version),
        status: 'achieved',
        note: 'Survivor advisors reviewed **every** product.',
        items: '1, 1.1.1',
      });
      expect(saved.statusCode).toBe(303);
      const after = await progress.getPledge(ctx().deps, first?.id ?? 0);
      expect(after).toMatchObject({ progressStatus: 'achieved', version: (first?.version ?? 0) + 1 });
      expect(after.items.map((item) => item.code)).toEqual(['1', '1.1.1']);
      const stale = await chair.post(`/progress/pledges/${first?.id}`, { version: String(first?.version), status: 'delayed' });
      expect(stale.statusCode).toBe(409);
      // A co-chair of 2022 may not write the pledges of 2023.
      expect((await chair.post('/progress/pledges', { year: '2023', title: 'Not my term' })).statusCode).toBe(403);
    });

    it('attaches evidence files checked by their content, serves them for download, and removes them', async () => {
      const focal = await client('focal', { roles: ['focal_point'], entity: 'UNICEF' });
      const created = await focal.post('/progress/updates', { period: '1', item: '1', status: 'on_track', narrative: 'With a file' });
      const id = Number(/\/progress\/updates\/(\d+)/.exec(String(created.headers.location))?.[1]);
      const refused = await postMultipart(focal, `/progress/updates/${id}/files`, {}, [{ field: 'files', fileName: 'page.pdf', bytes: sampleHtml }]);
      expect(refused.statusCode).toBe(415);
      const attached = await postMultipart(focal, `/progress/updates/${id}/files`, {}, [{ field: 'files', fileName: 'report.pdf', bytes: samplePdf }]);
      expect(attached.statusCode).toBe(303);
      const evidence = await ctx().database.db.selectFrom('progress_evidence').selectAll().where('update_id', '=', id).executeTakeFirstOrThrow();
      expect(evidence).toMatchObject({ kind: 'file', title: 'report.pdf', mime_type: 'application/pdf' });
      expect(evidence.stored_name).toMatch(/^[a-f0-9]{32}$/);
      const download = await focal.get(`/progress/evidence/${evidence.id}`);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-disposition']).toContain('report.pdf');
      expect(download.rawPayload.equals(samplePdf)).toBe(true);
      expect((await (await member()).get(`/progress/evidence/${evidence.id}`)).statusCode).toBe(403); // a draft of another organization
      expect((await focal.post(`/progress/evidence/${evidence.id}/delete`)).statusCode).toBe(303);
      expect(await ctx().database.db.selectFrom('progress_evidence').selectAll().where('id', '=', evidence.id).execute()).toEqual([]);
    });

    it('shows an organization’s contributions on its member page: plan items to all, updates to members', async () => {
      const publicPage = await ctx().app.inject('/members/icmpd');
      expect(publicPage.body).toContain('Contributions to the Plan of Action (2022)');
      expect(publicPage.body).toContain('1.1.1 Consult survivor advisors on each ICAT product before it is published');
      expect(publicPage.body).toContain('Members of the group can sign in to see its progress updates.');
      const memberPage = await (await member()).get('/members/icmpd');
      expect(memberPage.body).toMatch(/href="\/progress\/updates\/\d+">1\.1\.1 Consult survivor advisors/);
      expect(memberPage.body).toContain('As co-chair, it pledged:');
    });

    // Last in the file: it adds pledges that the tests above would count.
    it('draws the dozen priority areas with the most updates and one row for the others, and keeps them all in the CSV', async () => {
      const cli = commandLineActor('dashboard test');
      for (let index = 1; index <= 14; index++) await progress.createPledge(ctx().deps, cli, { year: 2022, title: `Added pledge ${index}`, items: '' });
      const pledges = await progress.listPledges(ctx().deps, 2022);
      expect(pledges).toHaveLength(seedProgress().pledges.length + 14);
      const html = (await (await member()).get('/progress?year=2022')).body;
      const table = /id="figure-priorities"[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
      const rows = [...table.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((match) => match[1]);
      expect(rows).toHaveLength(13);
      expect(rows).toContain('Inclusion of survivors&#39; voices');
      expect(rows.at(-1)).toBe(`Others (${pledges.length - 12})`);
      const csv = parseCsv((await (await member()).get('/progress/figures/figure-priorities.csv?year=2022')).body);
      expect(csv.slice(1).map((row) => row[0])).toEqual(pledges.map((pledge) => pledge.priority?.title ?? pledge.title));
    });
  });
}
