import { sql, type Kysely } from 'kysely';

/** Working groups, their member entities, posts with files and threaded replies, and mail subscriptions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('groups')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('standing', 'ad_hoc')`))
    .addColumn('mandate', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('formed_on', 'text', (col) => col.check(sql`formed_on ~ '^\\d{4}(-\\d{2}(-\\d{2})?)?$'`))
    .addColumn('formed_reason', 'text')
    .addColumn('closed_on', 'text', (col) => col.check(sql`closed_on ~ '^\\d{4}(-\\d{2}(-\\d{2})?)?$'`))
    .addColumn('sources', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('group_entities')
    .addColumn('group_id', 'integer', (col) => col.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('entity_id', 'integer', (col) => col.notNull().references('entities.id'))
    .addColumn('convener', 'boolean', (col) => col.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('group_entities_pk', ['group_id', 'entity_id'])
    .execute();
  await db.schema.createIndex('group_entities_entity').on('group_entities').column('entity_id').execute();

  await db.schema
    .createTable('group_posts')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('group_id', 'integer', (col) => col.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('policy_brief', 'guidance', 'statement', 'data', 'meeting_note', 'request_for_input')`),
    )
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('themes', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('crises', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('regions', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('links', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('author_account_id', 'integer', (col) => col.references('accounts.id').onDelete('set null'))
    .addColumn('author_name', 'text', (col) => col.notNull())
    .addColumn('entity_id', 'integer', (col) => col.references('entities.id'))
    .addColumn('is_sample', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('group_posts_group_created').on('group_posts').columns(['group_id', 'created_at']).execute();
  await db.schema.createIndex('group_posts_entity').on('group_posts').column('entity_id').execute();
  await sql`create index group_posts_themes on group_posts using gin (themes)`.execute(db);
  await sql`create index group_posts_crises on group_posts using gin (crises)`.execute(db);

  await db.schema
    .createTable('group_post_files')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('post_id', 'integer', (col) => col.notNull().references('group_posts.id').onDelete('cascade'))
    .addColumn('stored_name', 'text', (col) => col.notNull().unique())
    .addColumn('original_name', 'text', (col) => col.notNull())
    .addColumn('mime_type', 'text', (col) => col.notNull())
    .addColumn('size_bytes', 'integer', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('group_post_files_post').on('group_post_files').column('post_id').execute();

  await db.schema
    .createTable('group_replies')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('post_id', 'integer', (col) => col.notNull().references('group_posts.id').onDelete('cascade'))
    .addColumn('parent_reply_id', 'integer', (col) => col.references('group_replies.id').onDelete('cascade'))
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('author_account_id', 'integer', (col) => col.references('accounts.id').onDelete('set null'))
    .addColumn('author_name', 'text', (col) => col.notNull())
    .addColumn('entity_id', 'integer', (col) => col.references('entities.id'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('group_replies_post').on('group_replies').columns(['post_id', 'created_at']).execute();

  await db.schema
    .createTable('group_subscriptions')
    .addColumn('group_id', 'integer', (col) => col.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('account_id', 'integer', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('mode', 'text', (col) => col.notNull().check(sql`mode in ('immediate', 'digest')`))
    .addColumn('last_digest_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('group_subscriptions_pk', ['group_id', 'account_id'])
    .execute();
  await db.schema.createIndex('group_subscriptions_account').on('group_subscriptions').column('account_id').execute();
  await db.schema.createIndex('group_subscriptions_mode').on('group_subscriptions').columns(['mode', 'group_id']).execute();
}
