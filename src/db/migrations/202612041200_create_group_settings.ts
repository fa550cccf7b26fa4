import { sql, type Kysely } from 'kysely';

/**
 * The group the platform serves, in one row (id 1): short name, texts per language (jsonb, English
 * the fallback), words for the principal-level meeting, decision prefixes, contact, logo, colours.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('group_settings')
    .addColumn('id', 'integer', (col) => col.primaryKey().check(sql`id = 1`))
    .addColumn('short_name', 'text', (col) => col.notNull())
    .addColumn('full_name', 'jsonb', (col) => col.notNull())
    .addColumn('description', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('home_text', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('about_text', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('principals', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('principals_meeting', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('advisors', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('decision_prefixes', 'jsonb', (col) => col.notNull().defaultTo(sql`'{"principal":"PLM","working":"WLM","group":"GLM"}'::jsonb`))
    .addColumn('contact_email', 'text')
    .addColumn('logo_stored_name', 'text')
    .addColumn('logo_mime_type', 'text')
    .addColumn('primary_colour', 'text', (col) => col.notNull().defaultTo('#0f3d66'))
    .addColumn('accent_colour', 'text', (col) => col.notNull().defaultTo('#1a5e9a'))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('updated_by_label', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .execute();
}
