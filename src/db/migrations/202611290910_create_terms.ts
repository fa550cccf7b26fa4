import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('terms')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('year', 'integer', (col) => col.notNull().unique().check(sql`year between 2000 and 2200`))
    .addColumn('endorsed_on', 'text')
    .addColumn('note', 'text')
    .addColumn('uncertain', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('sources', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('term_chairs')
    .addColumn('term_id', 'integer', (col) => col.notNull().references('terms.id').onDelete('cascade'))
    .addColumn('entity_id', 'integer', (col) => col.notNull().references('entities.id'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('term_chairs_pk', ['term_id', 'entity_id'])
    .execute();
  await db.schema.createIndex('term_chairs_entity').on('term_chairs').column('entity_id').execute();
}
