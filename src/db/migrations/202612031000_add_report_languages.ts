import { sql, type Kysely } from 'kysely';

/**
 * The annual report in several languages: a final report's model is frozen in each language
 * (English stays in reports.snapshot), and generated files and jobs say which language they are in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report_snapshots')
    .addColumn('report_id', 'integer', (col) => col.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('locale', 'text', (col) => col.notNull())
    .addColumn('model', 'jsonb', (col) => col.notNull())
    .addPrimaryKeyConstraint('report_snapshots_pk', ['report_id', 'locale'])
    .execute();
  await db.schema.alterTable('report_files').addColumn('locale', 'text', (col) => col.notNull().defaultTo('en')).execute();
  await db.schema.alterTable('report_jobs').addColumn('locale', 'text', (col) => col.notNull().defaultTo('en')).execute();
  await sql`create index report_jobs_open_by_language on report_jobs (report_id, locale) where status in ('queued', 'running')`.execute(db);
}
