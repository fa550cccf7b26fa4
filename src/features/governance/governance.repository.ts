import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { TermsTable } from './governance.table';

export type TermRow = Selectable<TermsTable>;
export interface TermChairRow {
  term_id: number;
  entity_id: number;
  position: number;
}

export async function listTerms(db: Executor): Promise<TermRow[]> {
  return db.selectFrom('terms').selectAll().orderBy('year').execute();
}

export async function findTermByYear(db: Executor, year: number): Promise<TermRow | undefined> {
  return db.selectFrom('terms').selectAll().where('year', '=', year).executeTakeFirst();
}

export async function listChairs(db: Executor, termIds: number[]): Promise<TermChairRow[]> {
  if (termIds.length === 0) return [];
  return db.selectFrom('term_chairs').selectAll().where('term_id', 'in', termIds).orderBy('term_id').orderBy('position').execute();
}

export async function listYearsChairedBy(db: Executor, entityId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('term_chairs')
    .innerJoin('terms', 'terms.id', 'term_chairs.term_id')
    .select('terms.year')
    .where('term_chairs.entity_id', '=', entityId)
    .orderBy('terms.year')
    .execute();
  return rows.map((row) => row.year);
}

export async function insertTermIfMissing(
  db: Executor,
  term: { year: number; endorsed_on: string | null; note: string | null; uncertain: boolean; sources: string },
): Promise<number | null> {
  const row = await db.insertInto('terms').values(term).onConflict((oc) => oc.column('year').doNothing()).returning('id').executeTakeFirst();
  return row?.id ?? null;
}

export async function insertChair(db: Executor, chair: TermChairRow): Promise<void> {
  await db.insertInto('term_chairs').values(chair).onConflict((oc) => oc.doNothing()).execute();
}
