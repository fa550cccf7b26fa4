import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { createTestAccount } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { parseCsv } from '../../lib/csv';

const entries = 5000;

for (const kind of testDatabaseKinds()) {
  describe(`the audit log's CSV export, streamed [${kind}]`, () => {
    const ctx = useTestContext(kind, { seed: false });
    let baseUrl = '';
    let admin: TestClient;

    beforeAll(async () => {
      const entity = await ctx()
        .deps.db.insertInto('entities')
        .values({ acronym: 'EXPORTORG', slug: 'exportorg', name: 'Export test organization', kind: 'international' })
        .returning('id')
        .executeTakeFirstOrThrow();
      // Three entries share each moment, and moments differ by microseconds: batches end inside a tie.
      await sql`
        insert into audit_log (at, actor_label, action, table_name, record_id, entity_id, before, after)
        select timestamptz '2022-01-01 00:00:00+00' + (n / 3) * interval '1001 microseconds', 'bulk', 'update', 'entities', n::text,
               case when n % 5 = 0 then ${entity.id}::int end, null, jsonb_build_object('n', n, 'note', '=SUM(A1) "quoted", comma')
        from generate_series(1, ${entries}) as n`.execute(ctx().deps.db);
      baseUrl = await ctx().app.listen({ port: 0, host: '127.0.0.1' });
      const account = await createTestAccount(ctx().deps, { roles: ['admin'] });
      admin = new TestClient(baseUrl);
      await admin.signIn(account.email, account.password);
    });

    afterAll(async () => {
      await ctx().app.close();
    });

    function bulkRows(csv: string): string[][] {
      return parseCsv(csv).filter((row) => row[1] === 'bulk');
    }

    it('sends every entry once, newest first, as a stream, with the CSV guards', async () => {
      const response = await admin.get('/admin/audit.csv?table=entities');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/csv');
      expect(response.headers['content-length']).toBeUndefined();
      expect(response.headers['transfer-encoding']).toBe('chunked');
      expect(response.body.startsWith('\uFEFFat,who,action,table,record_id,entity,change,before,after,ip\r\n')).toBe(true);
      const rows = bulkRows(response.body);
      expect(rows).toHaveLength(entries);
      expect(new Set(rows.map((row) => row[4])).size).toBe(entries);
      // Newest first: the last moment holds 4998..5000, and ties go by id, newest first.
      expect(rows[0]?.[4]).toBe(String(entries));
      expect(rows.at(-1)?.[4]).toBe('1');
      expect(rows[0]?.[8]).toBe(`{"n":${entries},"note":"=SUM(A1) \\"quoted\\", comma"}`);
      expect(response.body).toContain('"{""n"":5000,""note"":""=SUM(A1) \\""quoted\\"", comma""}"');
    });

    it('gives two people exporting at once their own rows, and refuses a member before any byte', async () => {
      const member = await createTestAccount(ctx().deps, { roles: ['member'], entity: 'EXPORTORG' });
      const memberClient = new TestClient(baseUrl);
      await memberClient.signIn(member.email, member.password);
      const secondAdmin = await createTestAccount(ctx().deps, { roles: ['admin'] });
      const other = new TestClient(baseUrl);
      await other.signIn(secondAdmin.email, secondAdmin.password);
      const [all, filtered, refused] = await Promise.all([admin.get('/admin/audit.csv?table=entities'), other.get('/admin/audit.csv?entity=EXPORTORG'), memberClient.get('/admin/audit.csv')]);
      expect(bulkRows(all.body)).toHaveLength(entries);
      const ofEntity = bulkRows(filtered.body);
      expect(ofEntity).toHaveLength(entries / 5);
      expect(ofEntity.every((row) => row[5] === 'EXPORTORG' && Number(row[4]) % 5 === 0)).toBe(true);
      expect(refused.statusCode).toBe(403);
      expect(refused.headers['content-type']).toContain('text/html');
      expect(refused.body).not.toContain('record_id');
    });

    it('refuses a day the calendar does not have, on the page and in the export, with the field named', async () => {
      for (const url of ['/admin/audit?to=2022-02-30', '/admin/audit.csv?from=2023-02-29']) {
        const refused = await admin.get(url);
        expect(refused.statusCode, url).toBe(400);
        expect(refused.body).toContain('must be a real date');
      }
      expect((await admin.get('/admin/audit?from=2024-02-29')).statusCode).toBe(200);
    });

    it('filters by the person who acted and by the organization, in any case, and an unknown one matches nothing', async () => {
      const person = await createTestAccount(ctx().deps, { roles: ['admin'], email: 'filter.person@example.org' });
      await sql`insert into audit_log (at, actor_account_id, actor_label, action, table_name, record_id) values (now(), ${person.id}, 'Filter person <filter.person@example.org>', 'update', 'entities', 'filtered')`.execute(
        ctx().deps.db,
      );
      const byPerson = await admin.get('/admin/audit.csv?person=Filter.Person%40EXAMPLE.org');
      const personRows = parseCsv(byPerson.body)
        .slice(1)
        .filter((row) => row.length > 1);
      expect(personRows.length).toBeGreaterThan(0);
      expect(personRows.map((row) => row[4])).toEqual(['filtered']);
      expect(bulkRows((await admin.get('/admin/audit.csv?entity=exportorg')).body)).toHaveLength(entries / 5);
      const nobody = parseCsv((await admin.get('/admin/audit.csv?person=nobody%40example.org')).body)
        .slice(1)
        .filter((row) => row.length > 1);
      expect(nobody).toEqual([]);
      expect(bulkRows((await admin.get('/admin/audit.csv?entity=NOSUCHORG')).body)).toEqual([]);
    });
  });
}
