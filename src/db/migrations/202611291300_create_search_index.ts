import { sql, type Kysely } from 'kysely';

/**
 * One full-text index over everything the search page finds. The tsvector is a generated column
 * (title weight A, body weight B, 'english' config: PGlite and PostgreSQL both ship it), so no
 * writer can forget to maintain it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('search_index')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('record_id', 'integer', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('year', 'integer')
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('visibility', 'text', (col) => col.notNull().check(sql`visibility in ('public', 'members', 'group')`))
    .addColumn('group_id', 'integer')
    .addColumn('search_vector', sql`tsvector`, (col) =>
      col.generatedAlwaysAs(
        sql`setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'B')`,
      ).stored(),
    )
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('search_index_kind_record', ['kind', 'record_id'])
    .addCheckConstraint('search_index_group_has_id', sql`visibility <> 'group' or group_id is not null`)
    .execute();
  await sql`create index search_index_vector on search_index using gin (search_vector)`.execute(db);
  await db.schema.createIndex('search_index_visibility').on('search_index').columns(['visibility', 'group_id']).execute();
}
