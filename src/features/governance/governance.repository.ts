import { sql, type Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import { updateIfVersion } from '../../db/versioned';
import type { TermPrioritiesTable, TermsTable } from './governance.table';

export type TermRow = Selectable<TermsTable>;
export interface TermChairRow {
  term_id: number;
  entity_id: number;
  position: number;
}

export async function listTerms(db: Executor): Promise<TermRow[]> {
  return db.selectFrom('terms').selectAll().orderBy('year').execute();
}

/** A priority as JSON inside its term's row. */
export type PriorityItem = Pick<TermPriorityRow, 'id' | 'position' | 'title' | 'cross_cutting' | 'uncertain' | 'sources'>;

/** Every term by year, each with its chairs' entity ids in order and its priorities in order, in one statement. */
export async function listTermsWithChairs(db: Executor): Promise<(TermRow & { chair_ids: number[]; priorities: PriorityItem[] })[]> {
  return db
    .selectFrom('terms as t')
    .selectAll('t')
    .select([
      sql<number[]>`coalesce((select array_agg(c.entity_id order by c.position) from term_chairs c where c.term_id = t.id), '{}')`.as('chair_ids'),
      sql<
        PriorityItem[]
      >`coalesce((select jsonb_agg(jsonb_build_object('id', p.id, 'position', p.position, 'title', p.title, 'cross_cutting', p.cross_cutting, 'uncertain', p.uncertain, 'sources', p.sources) order by p.position)
        from term_priorities p where p.term_id = t.id), '[]'::jsonb)`.as('priorities'),
    ])
    .orderBy('t.year')
    .execute();
}

/** A term with its chairs' ids, as JSON inside another row. */
export interface TermJson {
  year: number;
  endorsed_on: string | null;
  endorsed_by_decision_id: number | null;
  note: string | null;
  uncertain: boolean;
  sources: string[];
  chair_ids: number[];
}

/** The latest term up to `year` that has chairs, as JSON (null when none): a part of a statement that gathers a page. */
export function latestTermUpToJsonQuery(year: number) {
  return sql<TermJson | null>`select jsonb_build_object('year', t.year, 'endorsed_on', t.endorsed_on, 'endorsed_by_decision_id', t.endorsed_by_decision_id, 'note', t.note, 'uncertain', t.uncertain, 'sources', t.sources,
      'chair_ids', (select jsonb_agg(c.entity_id order by c.position) from term_chairs c where c.term_id = t.id))
    from terms t where t.year <= ${year} and exists (select 1 from term_chairs c where c.term_id = t.id) order by t.year desc limit 1`;
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

export async function insertTermIfMissing(db: Executor, term: { year: number; endorsed_on: string | null; note: string | null; uncertain: boolean; sources: string }): Promise<number | null> {
  const row = await db
    .insertInto('terms')
    .values(term)
    .onConflict((oc) => oc.column('year').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function insertChair(db: Executor, chair: TermChairRow): Promise<void> {
  await db
    .insertInto('term_chairs')
    .values(chair)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export type TermPriorityRow = Selectable<TermPrioritiesTable>;

export async function listPriorities(db: Executor, termIds: number[]): Promise<TermPriorityRow[]> {
  if (termIds.length === 0) return [];
  return db.selectFrom('term_priorities').selectAll().where('term_id', 'in', termIds).orderBy('term_id').orderBy('position').execute();
}

export async function insertPriorityIfMissing(
  db: Executor,
  priority: { term_id: number; position: number; title: string; cross_cutting: boolean; uncertain: boolean; sources: string },
): Promise<boolean> {
  const row = await db
    .insertInto('term_priorities')
    .values(priority)
    .onConflict((oc) => oc.columns(['term_id', 'position']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function findTermById(db: Executor, id: number): Promise<TermRow | undefined> {
  return db.selectFrom('terms').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockTermByYear(db: Executor, year: number): Promise<TermRow | undefined> {
  return db.selectFrom('terms').selectAll().where('year', '=', year).forUpdate().executeTakeFirst();
}

export async function listChairIds(db: Executor, termId: number): Promise<number[]> {
  const rows = await db.selectFrom('term_chairs').select('entity_id').where('term_id', '=', termId).orderBy('position').execute();
  return rows.map((row) => row.entity_id);
}

export async function insertEndorsedTerm(db: Executor, term: { year: number; endorsedOn: string; decisionId: number; at: Date }): Promise<number> {
  const row = await db
    .insertInto('terms')
    .values({ year: term.year, endorsed_on: term.endorsedOn, endorsed_by_decision_id: term.decisionId, note: null, uncertain: false, sources: '[]', created_at: term.at, updated_at: term.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Makes the chairs of a term exactly these entities, in this order. */
export async function replaceChairs(db: Executor, termId: number, entityIds: number[]): Promise<void> {
  let drop = db.deleteFrom('term_chairs').where('term_id', '=', termId);
  if (entityIds.length > 0) drop = drop.where('entity_id', 'not in', entityIds);
  await drop.execute();
  for (const [position, entityId] of entityIds.entries()) {
    await db
      .insertInto('term_chairs')
      .values({ term_id: termId, entity_id: entityId, position })
      .onConflict((oc) => oc.columns(['term_id', 'entity_id']).doUpdateSet({ position }))
      .execute();
  }
}

// ---- editing a term ----

export async function insertTerm(db: Executor, year: number, at: Date): Promise<TermRow> {
  return db.insertInto('terms').values({ year, endorsed_on: null, note: null, uncertain: false, sources: '[]', created_at: at, updated_at: at }).returningAll().executeTakeFirstOrThrow();
}

export async function updateTermRecord(
  db: Executor,
  id: number,
  version: number,
  changes: { endorsed_on: string | null; note: string | null; uncertain: boolean; sources: string },
  at: Date,
): Promise<TermRow | undefined> {
  return updateIfVersion(db, 'terms', id, version, changes, at);
}

/** Moves a term's priorities out of the way of the positions about to be written (positions are unique per term). */
export async function shiftPriorityPositions(db: Executor, termId: number): Promise<void> {
  await db.updateTable('term_priorities').set({ position: sql`position + 100000` }).where('term_id', '=', termId).execute();
}

export async function updatePriority(db: Executor, id: number, termId: number, changes: { position: number; title: string; cross_cutting: boolean; sources: string }): Promise<void> {
  await db.updateTable('term_priorities').set(changes).where('id', '=', id).where('term_id', '=', termId).execute();
}

export async function insertPriority(db: Executor, priority: { term_id: number; position: number; title: string; cross_cutting: boolean; sources: string; created_at: Date }): Promise<void> {
  await db.insertInto('term_priorities').values(priority).execute();
}

export async function deletePriorities(db: Executor, termId: number, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('term_priorities').where('term_id', '=', termId).where('id', 'in', ids).execute();
}
