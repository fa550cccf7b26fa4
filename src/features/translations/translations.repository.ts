import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import { updateIfVersion } from '../../db/versioned';
import type { Locale } from '../../lib/i18n';
import type { TextKind, TextTranslationsTable, TextTranslationVersionsTable } from './translations.table';

export type TranslationRow = Selectable<TextTranslationsTable>;
export type TranslationVersionRow = Selectable<TextTranslationVersionsTable>;

/** Which text: its kind, its id and, for a report section, the section's key ('' otherwise). */
export interface TextKey {
  kind: TextKind;
  id: number;
  part: string;
}

function ofText(db: Executor, key: TextKey) {
  return db.selectFrom('text_translations').selectAll().where('text_kind', '=', key.kind).where('text_id', '=', key.id).where('part', '=', key.part);
}

/** A text's translations (at most one per language, six languages): bounded without a limit. */
export async function listTranslations(db: Executor, key: TextKey): Promise<TranslationRow[]> {
  return ofText(db, key).orderBy('language').execute();
}

export async function findTranslation(db: Executor, key: TextKey, language: Locale): Promise<TranslationRow | undefined> {
  return ofText(db, key).where('language', '=', language).executeTakeFirst();
}

export async function lockTranslation(db: Executor, key: TextKey, language: Locale): Promise<TranslationRow | undefined> {
  return ofText(db, key).where('language', '=', language).forUpdate().executeTakeFirst();
}

/** Inserts the translation unless the text has one in that language already (then undefined). */
export async function insertTranslation(db: Executor, row: Insertable<TextTranslationsTable>): Promise<TranslationRow | undefined> {
  return db
    .insertInto('text_translations')
    .values(row)
    .onConflict((oc) => oc.columns(['text_kind', 'text_id', 'part', 'language']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function updateTranslation(
  db: Executor,
  id: number,
  version: number,
  changes: Partial<Pick<TranslationRow, 'current_version' | 'approved_version' | 'approved_by' | 'approved_by_label' | 'approved_at'>>,
  at: Date,
): Promise<TranslationRow | undefined> {
  return updateIfVersion(db, 'text_translations', id, version, changes, at);
}

export async function insertVersion(db: Executor, row: Insertable<TextTranslationVersionsTable>): Promise<TranslationVersionRow> {
  return db.insertInto('text_translation_versions').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findVersion(db: Executor, translationId: number, number: number): Promise<TranslationVersionRow | undefined> {
  return db.selectFrom('text_translation_versions').selectAll().where('translation_id', '=', translationId).where('number', '=', number).executeTakeFirst();
}

/** The versions of several translations at the given numbers (their current or approved ones). */
export async function findVersions(db: Executor, wanted: { translationId: number; number: number }[]): Promise<TranslationVersionRow[]> {
  if (wanted.length === 0) return [];
  return db
    .selectFrom('text_translation_versions')
    .selectAll()
    .where((eb) => eb.or(wanted.map((item) => eb.and([eb('translation_id', '=', item.translationId), eb('number', '=', item.number)]))))
    .execute();
}

export async function listVersions(db: Executor, translationId: number, limit: number): Promise<Omit<TranslationVersionRow, 'body'>[]> {
  return db
    .selectFrom('text_translation_versions')
    .select(['id', 'translation_id', 'number', 'title', 'note', 'created_by', 'author_label', 'created_at'])
    .where('translation_id', '=', translationId)
    .orderBy('number', 'desc')
    .limit(limit)
    .execute();
}
