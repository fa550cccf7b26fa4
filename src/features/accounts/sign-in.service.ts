/**
 * Signing in, and the limits that keep guessing slow without letting a guesser lock others out:
 *
 * - per account: after 5 failures since the last success (within a day), each further attempt waits
 *   a delay that doubles with every failure, from 1 minute to at most an hour. Failures are counted
 *   per email address as typed, whether or not an account has it, so the answer tells nothing.
 * - per client address: 20 failures within 15 minutes stop further attempts from that address, except
 *   for an account that has signed in from that same address within 30 days. Many people share one
 *   address (an office, a VPN): someone spraying guesses from it cannot lock out the colleagues who
 *   sign in from there every day; an account so exempted still has its own limit above.
 *
 * The client address is the socket's, or the one a trusted proxy (TRUST_PROXY) reports.
 */
import type { Deps } from '../../deps';
import { AppError } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import { decoyHash, hashPassword, needsRehash, verifyPassword } from '../../lib/passwords';
import { hashToken } from '../../lib/tokens';
import type { Actor } from '../../policy/actor';
import * as audit from '../audit/audit.service';
import { actorFor, openSession } from './accounts.service';
import * as repo from './accounts.repository';
import { isRecoveryCode, useRecoveryCode } from './recovery-codes';
import { acceptTotpCode, wrongCode } from './second-factor';

const minute = 60 * 1000;
export const accountFailuresBeforeDelay = 5;
export const addressWindowMs = 15 * minute;
export const maxFailuresPerAddress = 20;
const accountMemoryMs = 24 * 60 * minute;
const knownAddressMs = 30 * 24 * 60 * minute;
const firstDelayMs = minute;
const longestDelayMs = 60 * minute;

export interface SignInRequest {
  email: string;
  password: string;
  ip: string;
  userAgent: string | undefined;
}

export interface SignedIn {
  sessionToken: string;
  secondFactorPending: boolean;
  actor: Actor | null;
}

/** How long an account waits after `failures` failures in a row: nothing below the threshold, then 1, 2, 4… minutes, at most an hour. */
export function accountDelayMs(failures: number): number {
  if (failures < accountFailuresBeforeDelay) return 0;
  return Math.min(firstDelayMs * 2 ** (failures - accountFailuresBeforeDelay), longestDelayMs);
}

function minutesUntil(now: Date, until: number): number {
  return Math.max(1, Math.ceil((until - now.getTime()) / minute));
}

/** Why this attempt must wait, or null. */
async function refusal(deps: Deps, email: string, ip: string, now: Date): Promise<{ reason: string; minutes: number } | null> {
  const failures = await repo.failuresSinceLastSuccess(deps.db, email, new Date(now.getTime() - accountMemoryMs));
  const waitUntil = failures.last ? failures.last.getTime() + accountDelayMs(failures.count) : 0;
  if (waitUntil > now.getTime()) return { reason: 'too many failures for this account', minutes: minutesUntil(now, waitUntil) };
  const fromAddress = await repo.countRecentFailures(deps.db, { ip }, new Date(now.getTime() - addressWindowMs));
  if (fromAddress < maxFailuresPerAddress) return null;
  if (await repo.signedInFrom(deps.db, email, ip, new Date(now.getTime() - knownAddressMs))) return null;
  return { reason: 'too many failures from this address', minutes: Math.ceil(addressWindowMs / minute) };
}

async function refuseIfThrottled(deps: Deps, request: { email: string; ip: string }, now: Date): Promise<void> {
  const email = request.email.trim().toLowerCase();
  const refused = await refusal(deps, email, request.ip, now);
  if (!refused) return;
  const account = await repo.findAccountByEmail(deps.db, email);
  await audit.record(deps.db, now, {
    actor: null,
    actorLabel: email,
    action: 'sign_in.refused',
    table: 'accounts',
    recordId: account?.id ?? email,
    entityId: account?.entity_id ?? null,
    after: { reason: refused.reason },
    ip: request.ip,
  });
  throw new AppError('RATE_LIMITED', localized('signIn.throttled', { count: refused.minutes }));
}

const wrongCredentials = () => localized('signIn.wrong');

/** The same answer for an unknown email and a wrong password; repeated failures wait, longer each time. */
export async function signIn(deps: Deps, request: SignInRequest): Promise<SignedIn> {
  const now = deps.clock.now();
  await refuseIfThrottled(deps, request, now);
  const row = await repo.findAccountByEmail(deps.db, request.email);
  const passwordOk = await verifyPassword(request.password, row?.password_hash ?? decoyHash);
  const email = request.email.trim().toLowerCase();
  if (!row || !passwordOk || row.disabled || row.approval_pending || !row.password_hash) {
    await repo.recordSignInAttempt(deps.db, { email, ip: request.ip, succeeded: false, at: now });
    throw new AppError('UNAUTHENTICATED', wrongCredentials(), { fields: [{ field: 'email', message: wrongCredentials() }] });
  }
  const changes = needsRehash(row.password_hash) ? { password_hash: await hashPassword(request.password), last_sign_in_at: now } : { last_sign_in_at: now };
  await repo.updateAccount(deps.db, row.id, row.version, changes, now);
  const sessionToken = await openSession(deps, row.id, request, row.totp_enabled);
  if (row.totp_enabled) return { sessionToken, secondFactorPending: true, actor: null };
  await repo.recordSignInAttempt(deps.db, { email, ip: request.ip, succeeded: true, at: now });
  await audit.record(deps.db, now, { actor: null, actorLabel: row.email, action: 'sign_in', table: 'sessions', recordId: row.id, entityId: row.entity_id, ip: request.ip });
  return { sessionToken, secondFactorPending: false, actor: await actorFor(deps, row, hashToken(sessionToken), false) };
}

/** Completes a sign-in with a second-factor code or a recovery code, either of which works once; the session id is rotated. */
export async function completeSecondFactor(deps: Deps, pendingToken: string, code: string, request: { ip: string; userAgent: string | undefined }): Promise<string> {
  const now = deps.clock.now();
  const session = await repo.findLiveSession(deps.db, hashToken(pendingToken), now);
  const expired = () => new AppError('UNAUTHENTICATED', localized('signIn.expired'));
  if (!session?.second_factor_pending) throw expired();
  const row = await repo.findAccountById(deps.db, session.account_id);
  if (!row?.totp_secret) throw expired();
  const email = row.email.toLowerCase();
  await refuseIfThrottled(deps, { email, ip: request.ip }, now);
  const accepted = isRecoveryCode(code) ? await useRecoveryCode(deps.db, row.id, code, now) : await acceptTotpCode(deps, row, code);
  if (!accepted) {
    await repo.recordSignInAttempt(deps.db, { email, ip: request.ip, succeeded: false, at: now });
    throw wrongCode();
  }
  await repo.deleteSession(deps.db, session.id);
  return openVerifiedSession(deps, row, request, 'sign_in');
}

/**
 * Opens a session for an account whose identity was proven another way than a password (a second
 * factor above, a passkey, an identity provider), recording the success as a password sign-in does.
 */
export async function openVerifiedSession(
  deps: Deps,
  row: repo.AccountRow,
  request: { ip: string; userAgent: string | undefined },
  action: string,
  how: { strong: boolean; identityProviderId?: number } = { strong: true },
): Promise<string> {
  const now = deps.clock.now();
  await repo.recordSignInAttempt(deps.db, { email: row.email.toLowerCase(), ip: request.ip, succeeded: true, at: now });
  if (!row.last_sign_in_at || now.getTime() - row.last_sign_in_at.getTime() > 60_000) await repo.updateAccount(deps.db, row.id, row.version, { last_sign_in_at: now }, now);
  await audit.record(deps.db, now, { actor: null, actorLabel: row.email, action, table: 'sessions', recordId: row.id, entityId: row.entity_id, ip: request.ip });
  return openSession(deps, row.id, request, false, how);
}

export interface ProviderPerson {
  /** The account this provider's person is already linked to, if any. */
  accountId: number | null;
  /** A verified email, in a domain the provider vouches for. */
  email: string;
  name: string;
  /** The organizations the provider serves: a new account joins the one, or waits for an administrator to choose. */
  entityIds: number[];
  approvalRequired: boolean;
  identityProviderId: number;
  providerName: string;
}

export type ProviderSignIn = { signedIn: true; sessionToken: string; accountId: number } | { signedIn: false; accountId: number };

/**
 * Signs in someone an identity provider vouched for: the linked account, else the account with the
 * same (verified) email, else a new member account of the provider's organization, waiting for
 * approval when the group asks so, or when the provider serves several organizations and someone
 * must say which is this person's. A new account is a member, never more: roles stay here.
 */
export async function signInThroughProvider(deps: Deps, person: ProviderPerson, request: { ip: string; userAgent: string | undefined }): Promise<ProviderSignIn> {
  const now = deps.clock.now();
  let row = person.accountId !== null ? await repo.findAccountById(deps.db, person.accountId) : await repo.findAccountByEmail(deps.db, person.email);
  if (!row) {
    const entityId = person.entityIds.length === 1 ? (person.entityIds[0] ?? null) : null;
    row = await deps.db.transaction().execute(async (trx) => {
      const created = await repo.insertAccount(trx, {
        email: person.email,
        name: person.name,
        entity_id: entityId,
        roles: ['member'],
        password_hash: null,
        approval_pending: person.approvalRequired || entityId === null,
        created_at: now,
        updated_at: now,
      });
      const { password_hash: _password, totp_secret: _secret, ...after } = created;
      await audit.record(trx, now, {
        actor: null,
        actorLabel: `${person.email} through ${person.providerName}`,
        action: 'create',
        table: 'accounts',
        recordId: created.id,
        entityId: created.entity_id,
        after,
      });
      return created;
    });
  }
  if (row.disabled) throw new AppError('UNAUTHENTICATED', localized('provider.signIn.disabled'));
  if (row.approval_pending) return { signedIn: false, accountId: row.id };
  const sessionToken = await openVerifiedSession(deps, row, request, 'sign_in.provider', { strong: false, identityProviderId: person.identityProviderId });
  return { signedIn: true, sessionToken, accountId: row.id };
}
