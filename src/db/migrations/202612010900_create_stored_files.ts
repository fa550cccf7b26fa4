import { sql, type Kysely } from 'kysely';

/**
 * Files live in the database, so that every instance of the platform serves the same files and a
 * backup holds them: uploads (under random names) and generated reports.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stored_files')
    .addColumn('name', 'text', (col) => col.primaryKey().check(sql`name ~ '^[a-f0-9]{32}$'`))
    .addColumn('bytes', 'bytea', (col) => col.notNull())
    .addColumn('mime_type', 'text', (col) => col.notNull())
    .addColumn('size_bytes', 'integer', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  // A generated report file names its bytes; `path` stays for files written to disk before this migration.
  await db.schema.alterTable('report_files').addColumn('stored_name', 'text').execute();
  await db.schema.alterTable('report_files').alterColumn('path', (col) => col.dropNotNull()).execute();
}
