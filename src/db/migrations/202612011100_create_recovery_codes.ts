import { sql, type Kysely } from 'kysely';

/**
 * Recovery codes of the second factor: each works once, in place of a code from the app, for a person
 * who lost their phone. Only a hash of each code is kept; they are shown once, when made.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('recovery_codes')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('account_id', 'integer', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('recovery_codes_account_hash').on('recovery_codes').columns(['account_id', 'code_hash']).unique().execute();
}
