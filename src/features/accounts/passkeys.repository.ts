import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { ChallengePurpose, PasskeysTable } from './accounts.table';

export type PasskeyRow = Selectable<PasskeysTable>;

export async function insertPasskey(db: Executor, passkey: Insertable<PasskeysTable>): Promise<PasskeyRow> {
  return db.insertInto('passkeys').values(passkey).returningAll().executeTakeFirstOrThrow();
}

export async function findPasskeyByCredentialId(db: Executor, credentialId: string): Promise<PasskeyRow | undefined> {
  return db.selectFrom('passkeys').selectAll().where('credential_id', '=', credentialId).executeTakeFirst();
}

export async function listPasskeysOf(db: Executor, accountId: number): Promise<PasskeyRow[]> {
  return db.selectFrom('passkeys').selectAll().where('account_id', '=', accountId).orderBy('created_at').orderBy('id').limit(100).execute();
}

export async function countPasskeysOf(db: Executor, accountId: number): Promise<number> {
  const row = await db
    .selectFrom('passkeys')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  return row.count;
}

/** Renames a passkey of this account; nothing if it is not this account's. */
export async function renamePasskey(db: Executor, accountId: number, id: number, name: string): Promise<PasskeyRow | undefined> {
  return db.updateTable('passkeys').set({ name }).where('id', '=', id).where('account_id', '=', accountId).returningAll().executeTakeFirst();
}

export async function deletePasskey(db: Executor, accountId: number, id: number): Promise<PasskeyRow | undefined> {
  return db.deleteFrom('passkeys').where('id', '=', id).where('account_id', '=', accountId).returningAll().executeTakeFirst();
}

/** Records a use; the counter only moves forward (a cloned authenticator shows an older one). */
export async function recordPasskeyUse(db: Executor, id: number, counter: number, at: Date): Promise<void> {
  await db.updateTable('passkeys').set({ counter, last_used_at: at }).where('id', '=', id).execute();
}

/** Keeps a new challenge, and drops the expired ones, so the table holds only minutes of them. */
export async function insertChallenge(db: Executor, challenge: { challenge: string; purpose: ChallengePurpose; account_id: number | null; expires_at: Date }, now: Date): Promise<void> {
  await db.deleteFrom('webauthn_challenges').where('expires_at', '<', now).execute();
  await db.insertInto('webauthn_challenges').values(challenge).execute();
}

/** Takes a live challenge (it works once): true if it was there for this purpose and account. */
export async function takeChallenge(db: Executor, challenge: string, purpose: ChallengePurpose, accountId: number | null, now: Date): Promise<boolean> {
  let query = db.deleteFrom('webauthn_challenges').where('challenge', '=', challenge).where('purpose', '=', purpose).where('expires_at', '>', now);
  query = accountId === null ? query.where('account_id', 'is', null) : query.where('account_id', '=', accountId);
  const row = await query.returning('challenge').executeTakeFirst();
  return row !== undefined;
}
