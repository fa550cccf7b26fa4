import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reports')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('year', 'integer', (col) => col.notNull().unique().check(sql`year between 2000 and 2200`))
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('draft').check(sql`status in ('draft', 'final', 'published')`))
    // The ReportModel as it was when the report was made final: later edits elsewhere do not change it.
    .addColumn('snapshot', 'jsonb')
    .addColumn('data_as_of', 'timestamptz')
    .addColumn('finalized_at', 'timestamptz')
    .addColumn('published_at', 'timestamptz')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('reports_snapshot_when_final', sql`(status = 'draft') = (snapshot is null)`)
    .execute();

  // The co-chairs' Markdown, one row per narrative section, each with its own version (409 on a stale save).
  await db.schema
    .createTable('report_narratives')
    .addColumn('report_id', 'integer', (col) => col.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('markdown', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('updated_by_label', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('report_narratives_pk', ['report_id', 'key'])
    .execute();

  // Every saved version of a narrative, for its history.
  await db.schema
    .createTable('report_narrative_versions')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('report_id', 'integer', (col) => col.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('markdown', 'text', (col) => col.notNull())
    .addColumn('saved_by_account_id', 'integer', (col) => col.references('accounts.id').onDelete('set null'))
    .addColumn('saved_by_label', 'text', (col) => col.notNull())
    .addColumn('saved_at', 'timestamptz', (col) => col.notNull())
    .addUniqueConstraint('report_narrative_versions_unique', ['report_id', 'key', 'version'])
    .execute();

  // The files generated for a report (HTML, PDF, DOCX and one CSV per figure), as written under ICAT_DATA_DIR/reports.
  await db.schema
    .createTable('report_files')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('report_id', 'integer', (col) => col.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('format', 'text', (col) => col.notNull().check(sql`format in ('html', 'pdf', 'docx', 'csv')`))
    .addColumn('path', 'text', (col) => col.notNull())
    .addColumn('content_type', 'text', (col) => col.notNull())
    .addColumn('size_bytes', 'integer', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('report_status', 'text', (col) => col.notNull())
    .addColumn('data_as_of', 'timestamptz', (col) => col.notNull())
    .addColumn('generated_at', 'timestamptz', (col) => col.notNull())
    .addUniqueConstraint('report_files_unique', ['report_id', 'name'])
    .execute();

  // "Generate" runs in the background: the page polls the job's status and progress.
  await db.schema
    .createTable('report_jobs')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('report_id', 'integer', (col) => col.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('formats', sql`text[]`, (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('queued').check(sql`status in ('queued', 'running', 'done', 'failed')`))
    .addColumn('progress', 'integer', (col) => col.notNull().defaultTo(0).check(sql`progress between 0 and 100`))
    .addColumn('step', 'text')
    .addColumn('error', 'text')
    .addColumn('requested_by_account_id', 'integer', (col) => col.references('accounts.id').onDelete('set null'))
    .addColumn('requested_by_label', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('report_jobs_report').on('report_jobs').columns(['report_id', 'id']).execute();
  await sql`create index report_jobs_open on report_jobs (id) where status in ('queued', 'running')`.execute(db);
}
