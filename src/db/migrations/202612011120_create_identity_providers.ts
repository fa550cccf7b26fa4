import { sql, type Kysely } from 'kysely';

/**
 * Sign-in through organizations' identity providers (OpenID Connect): the providers the secretariat
 * configures, which account each provider's person is (issuer + subject), the sign-ins under way
 * (state, nonce, PKCE verifier; each used once), accounts waiting for approval, and which provider
 * opened a session (to offer its sign-out).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('identity_providers')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('issuer', 'text', (col) => col.notNull())
    .addColumn('client_id', 'text', (col) => col.notNull())
    .addColumn('client_secret', 'text', (col) => col.notNull())
    .addColumn('entity_ids', sql`integer[]`, (col) => col.notNull().defaultTo(sql`'{}'::integer[]`))
    .addColumn('email_domains', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('passwords_allowed', 'boolean', (col) => col.notNull().defaultTo(true))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('account_identities')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('provider_id', 'integer', (col) => col.notNull().references('identity_providers.id').onDelete('cascade'))
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('account_id', 'integer', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('account_identities_provider_subject', ['provider_id', 'subject'])
    .execute();
  await db.schema.createIndex('account_identities_account').on('account_identities').column('account_id').execute();
  await db.schema
    .createTable('oidc_sign_ins')
    .addColumn('state_hash', 'text', (col) => col.primaryKey())
    .addColumn('provider_id', 'integer', (col) => col.notNull().references('identity_providers.id').onDelete('cascade'))
    .addColumn('code_verifier', 'text', (col) => col.notNull())
    .addColumn('nonce', 'text', (col) => col.notNull())
    .addColumn('next', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('oidc_sign_ins_expires').on('oidc_sign_ins').column('expires_at').execute();
  await db.schema.alterTable('accounts').addColumn('approval_pending', 'boolean', (col) => col.notNull().defaultTo(false)).execute();
  await db.schema.alterTable('sessions').addColumn('identity_provider_id', 'integer').execute();
}
