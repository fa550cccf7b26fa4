import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('term_priorities')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('term_id', 'integer', (col) => col.notNull().references('terms.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('cross_cutting', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('uncertain', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('sources', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('term_priorities_term_position', ['term_id', 'position'])
    .execute();
}
