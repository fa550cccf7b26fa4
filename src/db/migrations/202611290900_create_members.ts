import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('app_meta')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('entities')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('acronym', 'text', (col) => col.notNull())
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('un_entity', 'international', 'regional')`))
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('member').check(sql`status in ('member', 'partner', 'former')`))
    .addColumn('joined_year', 'integer')
    .addColumn('left_year', 'integer')
    .addColumn('successor_id', 'integer', (col) => col.references('entities.id'))
    .addColumn('mandate', 'text')
    .addColumn('role_note', 'text')
    .addColumn('uncertain', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('sources', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index entities_acronym_ci on entities (lower(acronym))`.execute(db);

  await db.schema
    .createTable('membership_counts')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('as_of', 'text', (col) => col.notNull().unique().check(sql`as_of ~ '^\\d{4}(-\\d{2}(-\\d{2})?)?$'`))
    .addColumn('count', 'integer', (col) => col.notNull().check(sql`count > 0`))
    .addColumn('note', 'text')
    .addColumn('sources', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();

  await db.schema
    .createTable('group_history')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('occurred_on', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull().unique())
    .addColumn('sources', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();

  await db.schema
    .createTable('profiles')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('entity_id', 'integer', (col) => col.notNull().references('entities.id'))
    .addColumn('as_of', 'date', (col) => col.notNull())
    .addColumn('regions', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('forms', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('interventions', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('levels', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('target_groups', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('expertise', 'text')
    .addColumn('initiatives', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('partnerships', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('is_sample', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('profiles_entity_as_of', ['entity_id', 'as_of'])
    .execute();
  await sql`create index profiles_regions on profiles using gin (regions)`.execute(db);
  await sql`create index profiles_forms on profiles using gin (forms)`.execute(db);
  await sql`create index profiles_interventions on profiles using gin (interventions)`.execute(db);
}
