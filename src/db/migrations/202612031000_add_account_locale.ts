import type { Kysely } from 'kysely';

/** A person's language: the pages they see once signed in and the mail written to them. Unset means "as the browser asks". */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('locale', 'text').execute();
}
