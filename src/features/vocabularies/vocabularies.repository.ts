import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import { updateIfVersion } from '../../db/versioned';
import type { VocabulariesTable, VocabularyPurpose, VocabularyValuesTable } from './vocabularies.table';

export type VocabularyRow = Selectable<VocabulariesTable>;
export type ValueRow = Selectable<VocabularyValuesTable>;

export async function listVocabularies(db: Executor, purpose?: VocabularyPurpose): Promise<VocabularyRow[]> {
  let query = db.selectFrom('vocabularies').selectAll();
  if (purpose) query = query.where('purpose', '=', purpose);
  return query.orderBy('position').orderBy('id').execute();
}

export async function listValues(db: Executor, vocabularyIds: number[]): Promise<ValueRow[]> {
  if (vocabularyIds.length === 0) return [];
  return db.selectFrom('vocabulary_values').selectAll().where('vocabulary_id', 'in', vocabularyIds).orderBy('position').orderBy('id').execute();
}

/** A value as read inside its vocabulary's row (as JSON: no dates). */
export type ValueItem = Pick<ValueRow, 'id' | 'vocabulary_id' | 'code' | 'labels' | 'position' | 'retired_year' | 'version'>;

/** Every vocabulary with its values (in order) as one array, in one statement. */
export async function listVocabulariesWithValues(db: Executor): Promise<(VocabularyRow & { values: ValueItem[] })[]> {
  return db
    .selectFrom('vocabularies as v')
    .selectAll('v')
    .select(
      sql<
        ValueItem[]
      >`coalesce((select jsonb_agg(jsonb_build_object('id', vv.id, 'vocabulary_id', vv.vocabulary_id, 'code', vv.code, 'labels', vv.labels, 'position', vv.position, 'retired_year', vv.retired_year, 'version', vv.version) order by vv.position, vv.id) from vocabulary_values vv where vv.vocabulary_id = v.id), '[]'::jsonb)`.as(
        'values',
      ),
    )
    .orderBy('v.position')
    .orderBy('v.id')
    .execute();
}

/**
 * A value that changes whenever any vocabulary or value is added, removed, renamed, moved or retired:
 * what a process compares to know that another one changed them.
 */
export async function vocabulariesStamp(db: Executor): Promise<string> {
  const { rows } = await sql<{ stamp: string | null }>`
    select md5(coalesce((select string_agg(concat_ws(':', id, position, version, updated_at), ',' order by id) from vocabularies), '')
      || '/' || coalesce((select string_agg(concat_ws(':', id, position, version, updated_at), ',' order by id) from vocabulary_values), '')) as stamp`.execute(db);
  return rows[0]?.stamp ?? '';
}

export async function findVocabulary(db: Executor, code: string): Promise<VocabularyRow | undefined> {
  return db.selectFrom('vocabularies').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function findValue(db: Executor, vocabularyId: number, code: string): Promise<ValueRow | undefined> {
  return db.selectFrom('vocabulary_values').selectAll().where('vocabulary_id', '=', vocabularyId).where('code', '=', code).executeTakeFirst();
}

export async function nextVocabularyPosition(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('vocabularies')
    .select((eb) => eb.fn.max<number | null>('position').as('max'))
    .executeTakeFirst();
  return (row?.max ?? 0) + 1;
}

export async function nextValuePosition(db: Executor, vocabularyId: number): Promise<number> {
  const row = await db
    .selectFrom('vocabulary_values')
    .select((eb) => eb.fn.max<number | null>('position').as('max'))
    .where('vocabulary_id', '=', vocabularyId)
    .executeTakeFirst();
  return (row?.max ?? 0) + 1;
}

/** Inserts a vocabulary; undefined when its code is taken. */
export async function insertVocabulary(db: Executor, row: Insertable<VocabulariesTable>): Promise<VocabularyRow | undefined> {
  return db
    .insertInto('vocabularies')
    .values(row)
    .onConflict((oc) => oc.column('code').doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Inserts a value; undefined when the vocabulary has one with that code already. */
export async function insertValue(db: Executor, row: Insertable<VocabularyValuesTable>): Promise<ValueRow | undefined> {
  return db
    .insertInto('vocabulary_values')
    .values(row)
    .onConflict((oc) => oc.columns(['vocabulary_id', 'code']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function updateVocabulary(db: Executor, id: number, version: number, changes: Updateable<VocabulariesTable>, at: Date): Promise<VocabularyRow | undefined> {
  return updateIfVersion(db, 'vocabularies', id, version, changes, at);
}

export async function updateValue(db: Executor, id: number, version: number, changes: Updateable<VocabularyValuesTable>, at: Date): Promise<ValueRow | undefined> {
  return updateIfVersion(db, 'vocabulary_values', id, version, changes, at);
}
