import { sql, type Kysely } from 'kysely';

const partialDate = sql`~ '^\\d{4}(-\\d{2}(-\\d{2})?)?$'`;

/** Publications (knowledge products) and events. Drafts stay in the workspace until published. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('publications')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('issue_brief', 'annual_report', 'statement', 'toolkit', 'paper', 'contribution')`),
    )
    .addColumn('number', 'integer')
    .addColumn('number_uncertain', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('year', 'integer')
    .addColumn('year_uncertain', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('summary', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('languages', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('url', 'text')
    .addColumn('file_stored_name', 'text')
    .addColumn('file_original_name', 'text')
    .addColumn('file_mime_type', 'text')
    .addColumn('file_size_bytes', 'integer')
    .addColumn('file_sha256', 'text')
    .addColumn('note', 'text')
    .addColumn('sources', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('draft').check(sql`status in ('draft', 'published')`))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('publications_number_positive', sql`number is null or number > 0`)
    .execute();
  await sql`create unique index publications_kind_number on publications (kind, number) where number is not null and not number_uncertain`.execute(db);
  await db.schema.createIndex('publications_status_year').on('publications').columns(['status', 'year', 'id']).execute();
  await db.schema.createIndex('publications_status_kind').on('publications').columns(['status', 'kind']).execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('starts_on', 'text', (col) => col.notNull().check(sql`starts_on ${partialDate}`))
    .addColumn('ends_on', 'text', (col) => col.check(sql`ends_on ${partialDate}`))
    .addColumn('start_time', 'text', (col) => col.check(sql`start_time ~ '^\\d{2}:\\d{2}$'`))
    .addColumn('end_time', 'text', (col) => col.check(sql`end_time ~ '^\\d{2}:\\d{2}$'`))
    .addColumn('time_zone', 'text')
    .addColumn('place', 'text')
    .addColumn('online', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('organizers', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('margins_of', 'text')
    .addColumn('speakers', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('summary', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('url', 'text')
    .addColumn('note', 'text')
    .addColumn('uncertain', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('sources', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('draft').check(sql`status in ('draft', 'published')`))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('events_status_starts').on('events').columns(['status', 'starts_on', 'id']).execute();
}
