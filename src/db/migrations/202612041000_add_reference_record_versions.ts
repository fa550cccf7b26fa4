import { sql, type Kysely } from 'kysely';

/**
 * Membership counts and history entries were written only by the reference data loader. The
 * secretariat now edits them from a screen, so, like every other record people edit, each carries a
 * version (a stale form gets 409 instead of overwriting a newer save) and the time of its last change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['membership_counts', 'group_history']) {
    await db.schema
      .alterTable(table)
      .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
      .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .execute();
  }
}
