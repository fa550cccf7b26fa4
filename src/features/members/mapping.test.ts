import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { seedProfiles } from '../../../test/support/seed-data';
import { makeTempDir, testDatabaseKinds } from '../../../test/support/test-database';
import { isAppError } from '../../lib/errors';
import { readSpreadsheet } from '../../lib/spreadsheet';
import { commandLineActor } from '../../policy/actor';
import { getMapping, importProfiles, mappingPageSize } from './mapping.service';

function tableRows(html: string): string[] {
  const table = html.slice(html.indexOf('id="mapping-table"'));
  return [...table.slice(0, table.indexOf('</table>')).matchAll(/<th scope="row"><a href="\/members\/([^"]+)"/g)].map((match) => match[1] as string);
}

async function writeCsv(lines: string[]): Promise<string> {
  const path = join(makeTempDir(), 'profiles.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

for (const kind of testDatabaseKinds()) {
  describe(`mapping [${kind}]`, () => {
    const ctx = useTestContext(kind);

    it('shows four figures with captions, text alternatives and data tables, and the entity table', async () => {
      const response = await ctx().app.inject('/mapping');
      expect(response.statusCode).toBe(200);
      const html = response.body;
      expect(html.match(/<figure /g)).toHaveLength(4);
      expect(html).toContain('Figure 1.</span> Organizations by region of engagement');
      expect(html).toMatch(/role="img" aria-label="Organizations by region of engagement: /);
      expect(html).toContain('sample data for demonstration');
      expect(tableRows(html)).toHaveLength(seedProfiles().length);
    });

    it('narrows figures and table with a plain GET filter, and the counts match the database', async () => {
      const all = await getMapping(ctx().deps, {}, 'all');
      const response = await ctx().app.inject('/mapping?region=americas');
      const rows = tableRows(response.body);
      expect(rows.sort()).toEqual(['interpol', 'iom', 'oas', 'unodc']);
      const expected = all.entities.filter((entity) => (entity.profile.values.regions ?? []).includes('americas')).length;
      expect(rows).toHaveLength(expected);
      expect(response.body).toContain('4 organizations match these filters.');
      expect(response.body).toMatch(/<th scope="row">Americas<\/th><td>4<\/td>/);
      expect(response.body).toMatch(/<th scope="row">Africa<\/th><td>3<\/td>/);
      const combined = await ctx().app.inject('/mapping?region=americas&form=organ_removal&intervention=prosecution_support');
      expect(tableRows(combined.body).sort()).toEqual(['interpol', 'unodc']);
    });

    it('rejects an unknown filter value with a clear message', async () => {
      const response = await ctx().app.inject('/api/v1/mapping?region=atlantis');
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields[0].field).toBe('region');
      const page = await ctx().app.inject('/mapping?form=%3Cscript%3E');
      expect(page.statusCode).toBe(400);
      expect(page.body).not.toContain('<script>');
    });

    it('exports the filtered table and each figure as CSV', async () => {
      const table = await ctx().app.inject('/mapping.csv?region=americas');
      expect(table.headers['content-type']).toContain('text/csv');
      expect(table.body.trim().split('\r\n')).toHaveLength(5);
      const figure = await ctx().app.inject('/mapping/figure-regions.csv?region=americas');
      expect(figure.body).toContain('Americas,4');
      expect((await ctx().app.inject('/mapping/figure-nothing.csv')).statusCode).toBe(404);
    });

    it('imports profiles from CSV, and the same file again changes nothing', async () => {
      const path = await writeCsv([
        'acronym,as_of,regions,forms,interventions,levels,initiatives',
        'ILO,2024-03-01,Africa;americas,Labour exploitation;child,normative_policy,global,Alliance 8.7 sample;Another sample',
      ]);
      const first = await importProfiles(ctx().deps, commandLineActor(), await readSpreadsheet(path), path);
      expect(first).toEqual({ rows: 1, changed: 1 });
      const again = await importProfiles(ctx().deps, commandLineActor(), await readSpreadsheet(path), path);
      expect(again).toEqual({ rows: 1, changed: 0 });
      const ilo = await ctx().app.inject('/api/v1/members/ilo');
      expect(ilo.json().profile).toMatchObject({ asOf: '2024-03-01', values: { regions: ['africa', 'americas'], forms: ['labour', 'child'] }, isSample: false, version: 1 });
      expect(ilo.json().profile.initiatives).toEqual([{ title: 'Alliance 8.7 sample' }, { title: 'Another sample' }]);
    });

    it('holds an import to the same length limits as the form', async () => {
      const path = await writeCsv(['acronym,as_of,expertise,initiatives', `ILO,2024-05-01,${'x'.repeat(100_000)},Fine;${'y'.repeat(301)}`]);
      const error = await importProfiles(ctx().deps, commandLineActor(), await readSpreadsheet(path), 'long.csv').catch((caught: unknown) => caught);
      expect(isAppError(error, 'IMPORT_INVALID')).toBe(true);
      expect((error as Error).message).toContain('row 2, column expertise: must be at most 4,000 characters');
      expect((error as Error).message).toContain('row 2, column initiatives (item 2): must be at most 300 characters');
    });

    it('rejects a bad file whole, naming each row and column, and writes nothing', async () => {
      const before = await ctx().app.inject('/api/v1/mapping');
      const path = await writeCsv([
        'acronym,as_of,regions,forms',
        'UNICEF,2025-01-01,africa,child',
        'NOPE,2025-01-01,africa,child',
        'OSCE,2025-13-01,europe_central_asia,slavery',
        'UNICEF,2025-01-01,africa,child',
      ]);
      const error = await importProfiles(ctx().deps, commandLineActor(), await readSpreadsheet(path), 'profiles.csv').catch((caught: unknown) => caught);
      expect(isAppError(error, 'IMPORT_INVALID')).toBe(true);
      const message = (error as Error).message;
      expect(message).toContain('nothing was imported');
      expect(message).toContain('row 3, column acronym: "NOPE" is not a known organization');
      expect(message).toContain('row 4, column as_of');
      expect(message).toContain('row 4, column forms: "slavery" is not a known value');
      expect(message).toContain('row 5, column acronym: repeats row 2');
      const after = await ctx().app.inject('/api/v1/mapping');
      expect(after.body).toBe(before.body);
    });

    it('rejects an unknown column and an empty file', async () => {
      const unknown = await writeCsv(['acronym,colour', 'UNICEF,blue']);
      await expect(importProfiles(ctx().deps, commandLineActor(), await readSpreadsheet(unknown), 'x.csv')).rejects.toThrow('row 1, column colour: is not a known column');
      const empty = await writeCsv(['acronym,regions']);
      await expect(importProfiles(ctx().deps, commandLineActor(), await readSpreadsheet(empty), 'x.csv')).rejects.toThrow('no data rows');
    });

    it('imports an XLSX workbook the same way', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Profiles');
      sheet.addRow(['acronym', 'as_of', 'regions', 'forms', 'sample']);
      sheet.addRow(['OHCHR', '2024-05-02', 'Africa; Europe and Central Asia', 'sexual', 'yes']);
      const path = join(makeTempDir(), 'profiles.xlsx');
      await workbook.xlsx.writeFile(path);
      const result = await importProfiles(ctx().deps, commandLineActor(), await readSpreadsheet(path), path);
      expect(result.changed).toBe(1);
      const ohchr = await ctx().app.inject('/api/v1/members/ohchr');
      expect(ohchr.json().profile).toMatchObject({ asOf: '2024-05-02', values: { regions: ['africa', 'europe_central_asia'] }, isSample: true });
    });

    it('pages the table like the directory, keeps the filters across pages, and counts every match in the figures', async () => {
      const now = new Date();
      const names = Array.from({ length: mappingPageSize + 5 }, (_, index) => `zpage${String(index).padStart(2, '0')}`);
      const added = await ctx()
        .deps.db.insertInto('entities')
        .values(names.map((slug) => ({ acronym: slug.toUpperCase(), slug, name: `Paging sample ${slug}`, kind: 'international', status: 'member', sources: '[]', created_at: now, updated_at: now })))
        .returning('id')
        .execute();
      const mapping = JSON.stringify({ regions: ['africa'] });
      await ctx()
        .deps.db.insertInto('profiles')
        .values(added.map(({ id }) => ({ entity_id: id, as_of: '2024-01-01', mapping, initiatives: '[]', partnerships: '[]', is_sample: true, created_at: now, updated_at: now })))
        .execute();
      const all = await getMapping(ctx().deps, {}, 'all');
      expect(all.total).toBeGreaterThan(mappingPageSize);
      const first = await ctx().app.inject('/mapping');
      expect(tableRows(first.body)).toEqual(all.entities.slice(0, mappingPageSize).map((entity) => entity.slug));
      expect(first.body).toContain(`${all.total} organizations match these filters.`);
      expect(first.body).toContain('href="/mapping?page=2" rel="next"');
      const second = await ctx().app.inject('/mapping?page=2');
      expect(tableRows(second.body)).toEqual(all.entities.slice(mappingPageSize, 2 * mappingPageSize).map((entity) => entity.slug));

      const inAfrica = all.entities.filter((entity) => (entity.profile.values.regions ?? []).includes('africa')).map((entity) => entity.slug);
      expect(inAfrica.length).toBeGreaterThan(mappingPageSize);
      const filtered = await ctx().app.inject('/mapping?region=africa');
      expect(filtered.body).toContain('href="/mapping?region=africa&amp;page=2" rel="next"');
      const filteredSecond = await ctx().app.inject('/mapping?region=africa&page=2');
      expect(tableRows(filteredSecond.body)).toEqual(inAfrica.slice(mappingPageSize));
      for (const page of [filtered, filteredSecond]) {
        expect(page.body).toContain(`${inAfrica.length} organizations match these filters.`);
        expect(page.body).toMatch(new RegExp(`<th scope="row">Africa</th><td>${inAfrica.length}</td>`));
      }
      const csv = await ctx().app.inject('/mapping.csv?region=africa');
      expect(csv.body.trim().split('\r\n')).toHaveLength(inAfrica.length + 1);
      expect((await ctx().app.inject('/api/v1/mapping')).json().entities).toHaveLength(all.total);
    });
  });
}
