import { sql, type Kysely } from 'kysely';

/**
 * The outbox: every mail the platform sends is a row here first, delivered by a job with retries.
 * A failed mail stays visible to the administrators with its error, and can be sent again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outgoing_mail')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('recipient', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('queued').check(sql`status in ('queued', 'sending', 'sent', 'failed')`))
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('delivered_as', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('claimed_at', 'timestamptz')
    .addColumn('sent_at', 'timestamptz')
    .execute();
  await sql`create index outgoing_mail_unsent on outgoing_mail (status, id) where status <> 'sent'`.execute(db);
  await db.schema.createIndex('outgoing_mail_created').on('outgoing_mail').column('created_at').execute();
}
