import { sql, type Kysely } from 'kysely';

/**
 * The names the group gives the report's optional sections (today "crises"), per language:
 * `{ "crises": { "en": "...", "fr": "..." } }`. A section the group does not name is not in its report.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('group_settings')
    .addColumn('report_sections', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
}
