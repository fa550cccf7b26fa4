import { sql, type Kysely } from 'kysely';

/**
 * Sign-in protections: the last time step of an accepted second-factor code (so that a code works
 * once), and the password-reset requests (so that they can be limited per address and per account).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('totp_last_step', 'bigint').execute();
  await db.schema
    .createTable('password_reset_requests')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('ip', 'text', (col) => col.notNull())
    .addColumn('at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('password_reset_requests_email_at').on('password_reset_requests').columns(['email', 'at']).execute();
  await db.schema.createIndex('password_reset_requests_ip_at').on('password_reset_requests').columns(['ip', 'at']).execute();
  await db.schema.createIndex('sign_in_attempts_email_succeeded_ip').on('sign_in_attempts').columns(['email', 'succeeded', 'ip', 'at']).execute();
}
