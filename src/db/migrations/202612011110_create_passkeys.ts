import { sql, type Kysely } from 'kysely';

/**
 * Passkeys (WebAuthn credentials) of accounts, the single-use challenges of their ceremonies, and
 * whether a session was opened with a phishing-resistant or second factor (a passkey, or a password
 * with a code), which the requirement for administrators and co-chairs checks.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('passkeys')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('account_id', 'integer', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('credential_id', 'text', (col) => col.notNull().unique())
    .addColumn('public_key', 'text', (col) => col.notNull())
    .addColumn('counter', 'bigint', (col) => col.notNull().defaultTo(0))
    .addColumn('transports', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('last_used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('passkeys_account').on('passkeys').column('account_id').execute();
  await db.schema
    .createTable('webauthn_challenges')
    .addColumn('challenge', 'text', (col) => col.primaryKey())
    .addColumn('purpose', 'text', (col) => col.notNull().check(sql`purpose in ('register', 'sign_in')`))
    .addColumn('account_id', 'integer', (col) => col.references('accounts.id').onDelete('cascade'))
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('webauthn_challenges_expires').on('webauthn_challenges').column('expires_at').execute();
  await db.schema.alterTable('sessions').addColumn('strong_sign_in', 'boolean', (col) => col.notNull().defaultTo(false)).execute();
  // Sessions opened before: an account with a second factor had to give its code to open one.
  await sql`update sessions set strong_sign_in = true where account_id in (select id from accounts where totp_enabled)`.execute(db);
}
