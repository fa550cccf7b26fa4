import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { IdentityProvidersTable, OidcSignInsTable } from './identity-providers.table';

export type ProviderRow = Selectable<IdentityProvidersTable>;
export type SignInRow = Selectable<OidcSignInsTable>;

export async function listProviders(db: Executor): Promise<ProviderRow[]> {
  return db.selectFrom('identity_providers').selectAll().orderBy('name').orderBy('id').limit(200).execute();
}

export async function findProvider(db: Executor, id: number): Promise<ProviderRow | undefined> {
  return db.selectFrom('identity_providers').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The providers that vouch for an email domain. */
export async function providersForDomain(db: Executor, domain: string): Promise<ProviderRow[]> {
  return db.selectFrom('identity_providers').selectAll().where(sql<boolean>`${domain} = any(email_domains)`).orderBy('id').execute();
}

export async function insertProvider(db: Executor, provider: Insertable<IdentityProvidersTable>): Promise<ProviderRow> {
  return db.insertInto('identity_providers').values(provider).returningAll().executeTakeFirstOrThrow();
}

export async function deleteProvider(db: Executor, id: number): Promise<ProviderRow | undefined> {
  return db.deleteFrom('identity_providers').where('id', '=', id).returningAll().executeTakeFirst();
}

export async function insertSignIn(db: Executor, signIn: Insertable<OidcSignInsTable>, now: Date): Promise<void> {
  await db.deleteFrom('oidc_sign_ins').where('expires_at', '<', now).execute();
  await db.insertInto('oidc_sign_ins').values(signIn).execute();
}

/** Takes a sign-in under way (it works once); nothing if it was used or has expired. */
export async function takeSignIn(db: Executor, stateHash: string, now: Date): Promise<SignInRow | undefined> {
  return db.deleteFrom('oidc_sign_ins').where('state_hash', '=', stateHash).where('expires_at', '>', now).returningAll().executeTakeFirst();
}

export async function findLinkedAccount(db: Executor, providerId: number, subject: string): Promise<number | undefined> {
  const row = await db.selectFrom('account_identities').select('account_id').where('provider_id', '=', providerId).where('subject', '=', subject).executeTakeFirst();
  return row?.account_id;
}

export async function linkIdentity(db: Executor, link: { provider_id: number; subject: string; account_id: number; created_at: Date }): Promise<void> {
  await db
    .insertInto('account_identities')
    .values(link)
    .onConflict((oc) => oc.columns(['provider_id', 'subject']).doNothing())
    .execute();
}
