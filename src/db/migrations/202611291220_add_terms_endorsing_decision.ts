import type { Kysely } from 'kysely';

/** A term names the decision of the meeting that endorsed its co-chairs. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('terms')
    .addColumn('endorsed_by_decision_id', 'integer', (col) => col.references('decisions.id'))
    .execute();
  await db.schema.createIndex('terms_endorsed_by_decision').on('terms').column('endorsed_by_decision_id').execute();
}
