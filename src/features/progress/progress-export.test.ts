import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { createTestAccount } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { parseCsv } from '../../lib/csv';

const organizations = 200;

for (const kind of testDatabaseKinds()) {
  describe(`progress exports of many updates, streamed [${kind}]`, () => {
    const ctx = useTestContext(kind);
    let baseUrl = '';
    let member: TestClient;
    let expected: { acronym: string; status: string }[] = [];

    beforeAll(async () => {
      const db = ctx().deps.db;
      await sql`insert into entities (acronym, slug, name, kind) select 'BULK' || g, 'bulk-' || g, 'Bulk organization ' || g, 'international' from generate_series(1, ${organizations}) as g`.execute(
        db,
      );
      // Accepted updates of every bulk organization on every 2022 pledge, a few microseconds apart.
      await sql`
        insert into progress_updates (period_id, entity_id, pledge_id, state, status, narrative, author_label, is_sample, updated_at, submitted_at, reviewed_at)
        select p.id, e.id, pl.id, 'accepted', case when e.id % 2 = 0 then 'on_track' else 'delayed' end, '=Bulk **narrative**, "quoted"', 'bulk', true,
               timestamptz '2022-06-01 00:00:00+00' + (row_number() over (order by e.id, pl.id, p.id) / 2) * interval '7 microseconds', timestamptz '2022-05-01', timestamptz '2022-05-02'
        from reporting_periods p cross join entities e cross join pledges pl join terms t on t.id = pl.term_id
        where p.year = 2022 and t.year = 2022 and e.slug like 'bulk-%'`.execute(db);
      const rows = await sql<{ acronym: string; status: string }>`
        select e.acronym, u.status from progress_updates u join entities e on e.id = u.entity_id join reporting_periods p on p.id = u.period_id
        where p.year = 2022 and u.state = 'accepted' order by u.updated_at desc, u.id desc`.execute(db);
      expected = rows.rows;
      baseUrl = await ctx().app.listen({ port: 0, host: '127.0.0.1' });
      const account = await createTestAccount(ctx().deps, { roles: ['member'], entity: 'ILO' });
      member = new TestClient(baseUrl);
      await member.signIn(account.email, account.password);
    });

    afterAll(async () => {
      await ctx().app.close();
    });

    it('sends every accepted update of the year once, newest first, as a stream', async () => {
      expect(expected.length).toBeGreaterThan(organizations * 7); // more than one batch of 1,000
      const response = await member.get('/progress/updates.csv?year=2022');
      expect(response.statusCode).toBe(200);
      expect(response.headers['transfer-encoding']).toBe('chunked');
      const [header, ...rows] = parseCsv(response.body);
      expect(header?.[2]).toBe('organization');
      expect(rows.map((row) => [row[2], row[7]])).toEqual(expected.map((row) => [row.acronym, row.status]));
      // A narrative that starts like a formula stays text; its Markdown becomes plain text.
      expect(rows.find((row) => row[2] === 'BULK1')?.[8]).toBe(`'=Bulk narrative, "quoted"`);
    });

    it('writes the same updates into the workbook, streamed', async () => {
      const response = await member.get('/progress/export.xlsx?year=2022');
      expect(response.statusCode).toBe(200);
      expect(response.headers['transfer-encoding']).toBe('chunked');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Updates');
      expect(sheet?.rowCount).toBe(expected.length + 1);
      expect(sheet?.getRow(2).getCell(3).value).toBe(expected[0]?.acronym);
      expect(sheet?.getRow(expected.length + 1).getCell(3).value).toBe(expected.at(-1)?.acronym);
      const firstBulkRow = expected.findIndex((row) => row.acronym.startsWith('BULK')) + 2;
      expect(sheet?.getRow(firstBulkRow).getCell(9).value).toBe(`'=Bulk narrative, "quoted"`);
      expect(workbook.worksheets.map((each) => each.name)).toEqual(['Updates', 'Indicator values', 'Indicators']);
    });

    it('gives two people exporting at once their own filter, and sends nothing to someone signed out', async () => {
      const account = await createTestAccount(ctx().deps, { roles: ['focal_point'], entity: 'BULK7' });
      const other = new TestClient(baseUrl);
      await other.signIn(account.email, account.password);
      const [all, one, anonymous] = await Promise.all([
        member.get('/progress/updates.csv?year=2022'),
        other.get('/progress/updates.csv?year=2022&entity=BULK7'),
        new TestClient(baseUrl).get('/progress/updates.csv?year=2022'),
      ]);
      expect(parseCsv(all.body)).toHaveLength(expected.length + 1);
      const ofOne = parseCsv(one.body).slice(1);
      expect(ofOne.map((row) => row[2])).toEqual(expected.filter((row) => row.acronym === 'BULK7').map((row) => row.acronym));
      expect(anonymous.statusCode).toBe(303);
      expect(anonymous.body).not.toContain('organization');
    });
  });
}
