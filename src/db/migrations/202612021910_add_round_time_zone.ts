import { type Kysely } from 'kysely';

/**
 * The zone an endorsement round's deadline was set in, so that the page and the mail show it in the
 * same zone and say which. Rounds before this were shown in UTC; they keep UTC.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('endorsement_rounds').addColumn('time_zone', 'text', (col) => col.notNull().defaultTo('UTC')).execute();
}
