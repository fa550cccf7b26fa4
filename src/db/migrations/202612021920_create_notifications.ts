import { sql, type Kysely } from 'kysely';

/**
 * Notifications at every hand-off: one row per person and event (read or unread in the app), how its
 * mail went (sent at once, waiting for the daily digest, or none), and each person's choice per kind.
 * Endorsement rounds remember when the reminder before their deadline went out, so it goes once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('account_id', 'integer', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('params', 'jsonb', (col) => col.notNull())
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('mail', 'text', (col) => col.notNull().check(sql`mail in ('none', 'sent', 'digest')`))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('read_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('notifications_account_created').on('notifications').columns(['account_id', 'created_at']).execute();
  await sql`create index notifications_unread on notifications (account_id) where read_at is null`.execute(db);
  await sql`create index notifications_digest on notifications (account_id, id) where mail = 'digest'`.execute(db);

  await db.schema
    .createTable('notification_preferences')
    .addColumn('account_id', 'integer', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('mode', 'text', (col) => col.notNull().check(sql`mode in ('immediate', 'daily', 'none')`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('notification_preferences_pk', ['account_id', 'kind'])
    .execute();

  await db.schema.alterTable('endorsement_rounds').addColumn('reminded_at', 'timestamptz').execute();
  await sql`create index endorsement_rounds_open_deadline on endorsement_rounds (deadline) where closed_at is null`.execute(db);
  await db.schema.createIndex('statements_created_by').on('statements').column('created_by').execute();
}
