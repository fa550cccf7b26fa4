/**
 * Gathering a report's data sends the same number of SQL statements however many statements (joint
 * texts) the year published: they are read set-based, not one query per text. The published texts
 * are grown by copying the demo's published statement of 2022, with its text and endorsement round.
 */
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { countStatements } from '../../../test/support/statement-counter';
import { testDatabaseKinds } from '../../../test/support/test-database';
import type { Deps } from '../../deps';
import { gatherReportData } from './report.gather';

const source = `(select min(id) from statements where status = 'published' and published_on between '2022-01-01' and '2022-12-31')`;

async function columnsOf(db: Kysely<unknown>, table: string): Promise<string[]> {
  const found = await sql<{ column_name: string }>`
    select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table} and column_name <> 'id' and is_generated = 'NEVER'
    order by ordinal_position`.execute(db);
  return found.rows.map((row) => row.column_name);
}

/** Copies rows of `table` for each new statement, pointing them at it: `select` picks the new statements. */
async function copyChildren(db: Kysely<unknown>, table: string, batch: string): Promise<void> {
  const columns = await columnsOf(db, table);
  const values = columns.map((column) => (column === 'statement_id' ? 'c.id' : `t.${column}`));
  await sql.raw(`insert into ${table} (${columns.join(', ')}) select ${values.join(', ')} from ${table} t, statements c where t.statement_id = ${source} and c.slug like '${batch}-%'`).execute(db);
}

/** Adds `count` published statements of 2022, each a copy of the demo's with its text and rounds. */
async function publishCopies(db: Kysely<unknown>, batch: string, count: number): Promise<void> {
  const columns = await columnsOf(db, 'statements');
  const changes: Record<string, string> = { slug: `'${batch}-' || g`, title: `t.title || ' (${batch} ' || g || ')'` };
  const values = columns.map((column) => changes[column] ?? `t.${column}`);
  await sql.raw(`insert into statements (${columns.join(', ')}) select ${values.join(', ')} from statements t, generate_series(1, ${count}) g where t.id = ${source}`).execute(db);
  await copyChildren(db, 'statement_versions', batch);
  await copyChildren(db, 'endorsement_rounds', batch);
}

async function statementsToGather(deps: Deps): Promise<{ count: number; published: number; endorsed: number }> {
  const counter = countStatements(deps.db);
  let published = 0;
  let endorsed = 0;
  const ran = await counter.during(async () => {
    const data = await gatherReportData({ ...deps, db: counter.db }, 2022);
    published = data.statements.length;
    endorsed = data.statements.filter((statement) => (statement.endorsement?.endorsers.length ?? 0) > 0).length;
  });
  return { count: ran.length, published, endorsed };
}

for (const kind of testDatabaseKinds()) {
  describe(`gathering a report's statements (${kind})`, () => {
    const ctx = useTestContext(kind);

    it('sends as many SQL statements for thirty published texts as for one', async () => {
      const { deps } = ctx();
      const db = deps.db as unknown as Kysely<unknown>;
      // Once to warm what a process reads once (the vocabularies, the group's settings).
      await gatherReportData(deps, 2022);
      const before = await statementsToGather(deps);
      expect(before.published).toBeGreaterThan(0);
      await publishCopies(db, 'copy-a', 5);
      const five = await statementsToGather(deps);
      await publishCopies(db, 'copy-b', 25);
      const thirty = await statementsToGather(deps);
      expect(five.published).toBe(before.published + 5);
      expect(thirty.published).toBe(before.published + 30);
      // The copies carry the demo statement's endorsement: read for each of them, in the same statements.
      expect(thirty.endorsed).toBe(before.endorsed + 30);
      expect(five.count).toBe(before.count);
      expect(thirty.count).toBe(before.count);
    }, 120_000);
  });
}
