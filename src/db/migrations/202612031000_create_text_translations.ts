import { sql, type Kysely } from 'kysely';

const languages = sql`('en', 'fr', 'es', 'ar', 'ru', 'zh')`;

/**
 * Texts published in several languages. Statements, publications, events and the annual report's
 * narrative sections get the language they were written in; a translation is a text of its own (one
 * table for every kind of text, keyed by the kind and the text's id, and for a report section its
 * key), with numbered versions, unofficial until the secretariat approves a version.
 *
 * The search index keeps one row per record and language, and builds each row's vector with the
 * text search configuration of its language (simple for Arabic and Chinese, which PostgreSQL does not
 * stem); `grams` holds the Chinese characters and character pairs of a row, so that a word of a text
 * written without spaces finds it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['statements', 'publications', 'events', 'report_narratives']) {
    await db.schema
      .alterTable(table)
      .addColumn('original_language', 'text', (col) => col.notNull().defaultTo('en').check(sql`original_language in ${languages}`))
      .execute();
  }

  await db.schema
    .createTable('text_translations')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('text_kind', 'text', (col) => col.notNull().check(sql`text_kind in ('statement', 'publication', 'event', 'report_section')`))
    .addColumn('text_id', 'integer', (col) => col.notNull())
    .addColumn('part', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('language', 'text', (col) => col.notNull().check(sql`language in ${languages}`))
    .addColumn('entity_id', 'integer', (col) => col.references('entities.id'))
    .addColumn('current_version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('approved_version', 'integer')
    .addColumn('approved_by', 'integer', (col) => col.references('accounts.id').onDelete('set null'))
    .addColumn('approved_by_label', 'text')
    .addColumn('approved_at', 'timestamptz')
    .addColumn('created_by', 'integer', (col) => col.references('accounts.id').onDelete('set null'))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('text_translations_text_language', ['text_kind', 'text_id', 'part', 'language'])
    .addCheckConstraint('text_translations_approval', sql`approved_version is null or (approved_at is not null and approved_version <= current_version)`)
    .execute();

  await db.schema
    .createTable('text_translation_versions')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('translation_id', 'integer', (col) => col.notNull().references('text_translations.id').onDelete('cascade'))
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'integer', (col) => col.references('accounts.id').onDelete('set null'))
    .addColumn('author_label', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('text_translation_versions_number', ['translation_id', 'number'])
    .execute();

  await db.schema
    .alterTable('search_index')
    .addColumn('language', 'text', (col) => col.notNull().defaultTo('en').check(sql`language in ${languages}`))
    .addColumn('is_translation', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('grams', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('search_index').dropConstraint('search_index_kind_record').execute();
  await db.schema.alterTable('search_index').addUniqueConstraint('search_index_kind_record_language', ['kind', 'record_id', 'language']).execute();
  await db.schema.alterTable('search_index').dropColumn('search_vector').execute();
  const config = sql`(case language when 'en' then 'english'::regconfig when 'fr' then 'french'::regconfig when 'es' then 'spanish'::regconfig when 'ru' then 'russian'::regconfig else 'simple'::regconfig end)`;
  await db.schema
    .alterTable('search_index')
    .addColumn('search_vector', sql`tsvector`, (col) =>
      col
        .generatedAlwaysAs(
          sql`setweight(to_tsvector(${config}, coalesce(title, '')), 'A') || setweight(to_tsvector(${config}, coalesce(body, '')), 'B') || setweight(to_tsvector('simple'::regconfig, grams), 'C')`,
        )
        .stored(),
    )
    .execute();
  await sql`create index search_index_vector on search_index using gin (search_vector)`.execute(db);
}
