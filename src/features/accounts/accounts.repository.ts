import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import { updateIfVersion } from '../../db/versioned';
import type { AccountLinksTable, AccountsTable, ApiTokensTable, LinkPurpose, SessionsTable } from './accounts.table';

export type AccountRow = Selectable<AccountsTable>;
export type SessionRow = Selectable<SessionsTable>;
export type LinkRow = Selectable<AccountLinksTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;

export async function findAccountByEmail(db: Executor, email: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where(sql`lower(email)`, '=', email.trim().toLowerCase()).executeTakeFirst();
}

export async function findAccountById(db: Executor, id: number): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAccount(db: Executor, account: Insertable<AccountsTable>): Promise<AccountRow> {
  return db.insertInto('accounts').values(account).returningAll().executeTakeFirstOrThrow();
}

/** Updates an account if it still has the expected version; returns the new row, or nothing if it was stale. */
export async function updateAccount(db: Executor, id: number, version: number, changes: Updateable<AccountsTable>, at: Date): Promise<AccountRow | undefined> {
  return updateIfVersion(db, 'accounts', id, version, changes, at);
}

/** A preference, not a record others edit: no version bump, so it never makes someone's open form stale. */
export async function setAccountLocale(db: Executor, id: number, locale: string | null): Promise<void> {
  await db.updateTable('accounts').set({ locale }).where('id', '=', id).execute();
}

export async function countAdmins(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where(sql<boolean>`'admin' = any(roles)`)
    .where('disabled', '=', false)
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function listAccounts(db: Executor, entityId: number | undefined, limit: number): Promise<AccountRow[]> {
  let query = db.selectFrom('accounts').selectAll();
  if (entityId !== undefined) {
    // An organization's people, and those waiting to be approved into it (their provider serves several).
    query = query.where((where) =>
      where.or([
        where('entity_id', '=', entityId),
        where.and([
          where('approval_pending', '=', true),
          where('entity_id', 'is', null),
          where.exists(
            where
              .selectFrom('account_identities')
              .innerJoin('identity_providers', 'identity_providers.id', 'account_identities.provider_id')
              .whereRef('account_identities.account_id', '=', 'accounts.id')
              .where(sql<boolean>`${entityId} = any(identity_providers.entity_ids)`)
              .select(sql`1`.as('one')),
          ),
        ]),
      ]),
    );
  }
  return query.orderBy(sql`lower(name)`).limit(limit).execute();
}

/** The organizations of the identity providers an account signed in through: where it may be approved into. */
export async function organizationsOfferedTo(db: Executor, accountId: number): Promise<{ id: number; acronym: string }[]> {
  return db
    .selectFrom('account_identities')
    .innerJoin('identity_providers', 'identity_providers.id', 'account_identities.provider_id')
    .innerJoin('entities', (join) => join.on(sql<boolean>`entities.id = any(identity_providers.entity_ids)`))
    .where('account_identities.account_id', '=', accountId)
    .select(['entities.id', 'entities.acronym'])
    .distinct()
    .orderBy('entities.acronym')
    .execute();
}

export async function listAccountsWithRole(db: Executor, role: string, entityIds?: number[]): Promise<AccountRow[]> {
  let query = db.selectFrom('accounts').selectAll().where(sql<boolean>`${role} = any(roles)`).where('disabled', '=', false);
  if (entityIds) {
    if (entityIds.length === 0) return [];
    query = query.where('entity_id', 'in', entityIds);
  }
  return query.orderBy('id').execute();
}

// ---- sessions ----

export async function insertSession(db: Executor, session: Insertable<SessionsTable>): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

/**
 * What acting as an account takes, read with the account in the same statement: its organization's
 * acronym, the years its organization chairs, whether admins and co-chairs must sign in strongly, and
 * whether it has a passkey.
 */
export interface ActorFactsRow extends AccountRow {
  entity_acronym: string | null;
  chaired_years: number[];
  strong_sign_in_required: boolean;
  has_passkey: boolean;
}

function selectActorFacts(db: Executor, requireStrongKey: string) {
  return db
    .selectFrom('accounts as a')
    .leftJoin('entities as e', 'e.id', 'a.entity_id')
    .selectAll('a')
    .select('e.acronym as entity_acronym')
    .select(sql<number[]>`array(select t.year from term_chairs tc join terms t on t.id = tc.term_id where tc.entity_id = a.entity_id order by t.year)`.as('chaired_years'))
    .select(sql<boolean>`coalesce((select m.value = 'true' from app_meta m where m.key = ${requireStrongKey}), false)`.as('strong_sign_in_required'))
    .select(sql<boolean>`exists(select 1 from passkeys p where p.account_id = a.id)`.as('has_passkey'));
}

export async function findActorFacts(db: Executor, accountId: number, requireStrongKey: string): Promise<ActorFactsRow | undefined> {
  return selectActorFacts(db, requireStrongKey).where('a.id', '=', accountId).executeTakeFirst();
}

/** A live session with the facts of its account, in one statement: the sign-in check of every request. */
export interface SessionActorRow extends ActorFactsRow {
  session_id: string;
  second_factor_pending: boolean;
  strong_sign_in: boolean;
  session_created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

export async function findLiveSessionActor(db: Executor, id: string, now: Date, requireStrongKey: string): Promise<SessionActorRow | undefined> {
  return selectActorFacts(db, requireStrongKey)
    .innerJoin('sessions as s', 's.account_id', 'a.id')
    .select(['s.id as session_id', 's.second_factor_pending', 's.strong_sign_in', 's.created_at as session_created_at', 's.last_seen_at', 's.expires_at'])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', now)
    .executeTakeFirst();
}

/** A live API token with the facts of its account, in one statement. */
export interface TokenActorRow extends ActorFactsRow {
  token_id: number;
  token_last_used_at: Date | null;
}

export async function findLiveTokenActor(db: Executor, tokenHash: string, requireStrongKey: string): Promise<TokenActorRow | undefined> {
  return selectActorFacts(db, requireStrongKey)
    .innerJoin('api_tokens as k', 'k.account_id', 'a.id')
    .select(['k.id as token_id', 'k.last_used_at as token_last_used_at'])
    .where('k.token_hash', '=', tokenHash)
    .where('k.revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function findLiveSession(db: Executor, id: string, now: Date): Promise<SessionRow | undefined> {
  return db.selectFrom('sessions').selectAll().where('id', '=', id).where('expires_at', '>', now).executeTakeFirst();
}

export async function touchSession(db: Executor, id: string, now: Date, expiresAt: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now, expires_at: expiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: Executor, id: string): Promise<SessionRow | undefined> {
  return db.deleteFrom('sessions').where('id', '=', id).returningAll().executeTakeFirst();
}

export async function deleteSessionsOf(db: Executor, accountId: number, exceptId?: string): Promise<number> {
  let query = db.deleteFrom('sessions').where('account_id', '=', accountId);
  if (exceptId) query = query.where('id', '<>', exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function listSessionsOf(db: Executor, accountId: number, now: Date): Promise<SessionRow[]> {
  return db.selectFrom('sessions').selectAll().where('account_id', '=', accountId).where('expires_at', '>', now).orderBy('last_seen_at', 'desc').execute();
}

// ---- links (invitations and password resets) ----

export async function insertLink(db: Executor, link: Insertable<AccountLinksTable>): Promise<void> {
  await db.insertInto('account_links').values(link).execute();
}

export async function findLinkByHash(db: Executor, tokenHash: string): Promise<LinkRow | undefined> {
  return db.selectFrom('account_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Marks a link used if nobody used it before; returns false when it was already used. */
export async function useLink(db: Executor, id: number, at: Date): Promise<boolean> {
  const row = await db.updateTable('account_links').set({ used_at: at }).where('id', '=', id).where('used_at', 'is', null).returning('id').executeTakeFirst();
  return row !== undefined;
}

export async function expireOpenLinks(db: Executor, accountId: number, purpose: LinkPurpose, at: Date): Promise<void> {
  await db.updateTable('account_links').set({ expires_at: at }).where('account_id', '=', accountId).where('purpose', '=', purpose).where('used_at', 'is', null).where('expires_at', '>', at).execute();
}

// ---- API tokens ----

export async function insertApiToken(db: Executor, token: Insertable<ApiTokensTable>): Promise<ApiTokenRow> {
  return db.insertInto('api_tokens').values(token).returningAll().executeTakeFirstOrThrow();
}

export async function findLiveApiToken(db: Executor, tokenHash: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).executeTakeFirst();
}

export async function markApiTokenUsed(db: Executor, id: number, at: Date): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

export async function listApiTokensOf(db: Executor, accountId: number): Promise<ApiTokenRow[]> {
  return db.selectFrom('api_tokens').selectAll().where('account_id', '=', accountId).where('revoked_at', 'is', null).orderBy('created_at', 'desc').execute();
}

export async function revokeApiToken(db: Executor, accountId: number, id: number, at: Date): Promise<ApiTokenRow | undefined> {
  return db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('account_id', '=', accountId).where('revoked_at', 'is', null).returningAll().executeTakeFirst();
}

// ---- sign-in attempts ----

export async function recordSignInAttempt(db: Executor, attempt: { email: string; ip: string; succeeded: boolean; at: Date }): Promise<void> {
  await db.insertInto('sign_in_attempts').values(attempt).execute();
}

export async function countRecentFailures(db: Executor, by: { email?: string; ip?: string }, since: Date): Promise<number> {
  let query = db
    .selectFrom('sign_in_attempts')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('succeeded', '=', false)
    .where('at', '>', since);
  if (by.email !== undefined) query = query.where('email', '=', by.email);
  if (by.ip !== undefined) query = query.where('ip', '=', by.ip);
  const row = await query.executeTakeFirstOrThrow();
  return row.count;
}

/** Failed attempts for an email since its last successful sign-in (and not before `since`), with the time of the latest. */
export async function failuresSinceLastSuccess(db: Executor, email: string, since: Date): Promise<{ count: number; last: Date | null }> {
  const lastSuccess = db
    .selectFrom('sign_in_attempts')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('email', '=', email)
    .where('succeeded', '=', true);
  const row = await db
    .selectFrom('sign_in_attempts')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.max('at').as('last')])
    .where('email', '=', email)
    .where('succeeded', '=', false)
    .where('at', '>', since)
    .where(sql<boolean>`at > coalesce((${lastSuccess}), '-infinity'::timestamptz)`)
    .executeTakeFirstOrThrow();
  return { count: row.count, last: row.last ? new Date(row.last) : null };
}

/** Whether this email signed in successfully from this address since `since`. */
export async function signedInFrom(db: Executor, email: string, ip: string, since: Date): Promise<boolean> {
  const row = await db.selectFrom('sign_in_attempts').select('id').where('email', '=', email).where('succeeded', '=', true).where('ip', '=', ip).where('at', '>', since).executeTakeFirst();
  return row !== undefined;
}

/** Records the time step of an accepted second-factor code, if it is newer than the last one; false if not. */
export async function recordTotpStep(db: Executor, accountId: number, step: number): Promise<boolean> {
  const row = await db
    .updateTable('accounts')
    .set({ totp_last_step: step })
    .where('id', '=', accountId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

// ---- password-reset requests ----

export async function recordResetRequest(db: Executor, request: { email: string; ip: string; at: Date }): Promise<void> {
  await db.insertInto('password_reset_requests').values(request).execute();
}

export async function countResetRequests(db: Executor, by: { email: string } | { ip: string }, since: Date): Promise<number> {
  let query = db
    .selectFrom('password_reset_requests')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('at', '>', since);
  query = 'email' in by ? query.where('email', '=', by.email) : query.where('ip', '=', by.ip);
  const row = await query.executeTakeFirstOrThrow();
  return row.count;
}

// ---- recovery codes of the second factor ----

/** Replaces the recovery codes of an account with these (hashes). */
export async function replaceRecoveryCodes(db: Executor, accountId: number, codeHashes: string[], at: Date): Promise<void> {
  await db.deleteFrom('recovery_codes').where('account_id', '=', accountId).execute();
  if (codeHashes.length > 0)
    await db
      .insertInto('recovery_codes')
      .values(codeHashes.map((code_hash) => ({ account_id: accountId, code_hash, created_at: at })))
      .execute();
}

/** Marks an unused recovery code of the account used; false if there is none such (wrong, or used already). */
export async function useRecoveryCode(db: Executor, accountId: number, codeHash: string, at: Date): Promise<boolean> {
  const row = await db
    .updateTable('recovery_codes')
    .set({ used_at: at })
    .where('account_id', '=', accountId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function countUnusedRecoveryCodes(db: Executor, accountId: number): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('account_id', '=', accountId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return row.count;
}

/** Accounts invited that have not set a password yet, with when their latest invitation link expires. */
function pendingInvitations(db: Executor, entityId: number | undefined) {
  const query = db.selectFrom('accounts as a').where('a.password_hash', 'is', null).where('a.disabled', '=', false);
  return entityId !== undefined ? query.where('a.entity_id', '=', entityId) : query;
}

/** How many invitations wait (up to `limit`), as a subquery. */
export function countPendingInvitationsQuery(db: Executor, entityId: number | undefined, limit: number) {
  return db.selectFrom(pendingInvitations(db, entityId).select('a.id').limit(limit).as('x')).select((eb) => eb.fn.countAll<number>().as('count'));
}

export async function listActiveAccountsByIds(db: Executor, ids: number[]): Promise<AccountRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('accounts').selectAll().where('id', 'in', ids).where('disabled', '=', false).orderBy('id').execute();
}
