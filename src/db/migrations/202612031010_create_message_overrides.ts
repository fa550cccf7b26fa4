import type { Kysely } from 'kysely';

/** Messages translators imported (XLIFF), by language and key: they replace the catalogue's. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('message_overrides')
    .addColumn('locale', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('message', 'text', (col) => col.notNull())
    .addColumn('updated_by_label', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('message_overrides_pk', ['locale', 'key'])
    .execute();
}
