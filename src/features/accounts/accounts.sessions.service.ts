/** Sessions in the database: opening, resolving and ending them, a person's list of them, and approving an account. */
import type { Deps } from '../../deps';
import { AppError, notFound } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import { hashToken, newToken } from '../../lib/tokens';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import { accountChanged, saveAccount } from './accounts.saving.service';
import * as repo from './accounts.repository';
import { requireTotpKey } from './second-factor.service';
import { actorFromFacts, sessionIdleMs, sessionMaxMs } from './accounts.read.service';

// ---- sessions ----

/** Opens a session (waiting for its second factor, or not) and returns the token for the cookie. */
export async function openSession(
  deps: Deps,
  accountId: number,
  request: { ip: string; userAgent: string | undefined },
  secondFactorPending: boolean,
  how: { strong?: boolean; identityProviderId?: number | null } = {},
): Promise<string> {
  const now = deps.clock.now();
  const token = newToken();
  await repo.insertSession(deps.db, {
    id: hashToken(token),
    account_id: accountId,
    second_factor_pending: secondFactorPending,
    strong_sign_in: how.strong ?? false,
    identity_provider_id: how.identityProviderId ?? null,
    user_agent: request.userAgent?.slice(0, 300) ?? null,
    ip: request.ip,
    created_at: now,
    last_seen_at: now,
    expires_at: new Date(now.getTime() + (secondFactorPending ? 10 * 60 * 1000 : sessionIdleMs)),
  });
  return token;
}

/** A resolved session: its actor, or why there is none; for a live one, when it was last marked seen and when it ends. */
export interface ResolvedSession {
  actor: Actor | null;
  secondFactorPending: boolean;
  lastSeenAt?: Date;
  expiresAt?: Date;
}

/** How long a session goes unmarked: it is marked seen (its expiry pushed on) at most this often. */
export const sessionTouchMs = 5 * 60 * 1000;

/** The actor behind a session cookie, or null; an active session is kept alive. */
export async function resolveSession(deps: Deps, token: string): Promise<ResolvedSession> {
  const now = deps.clock.now();
  const row = await repo.findLiveSessionActor(deps.db, hashToken(token), now, requireTotpKey);
  if (!row) return { actor: null, secondFactorPending: false };
  if (row.second_factor_pending) return { actor: null, secondFactorPending: true };
  if (row.disabled || row.approval_pending) return { actor: null, secondFactorPending: false };
  let { last_seen_at: lastSeenAt, expires_at: expiresAt } = row;
  if (now.getTime() - lastSeenAt.getTime() > sessionTouchMs) {
    expiresAt = new Date(Math.min(now.getTime() + sessionIdleMs, row.session_created_at.getTime() + sessionMaxMs));
    lastSeenAt = now;
    await repo.touchSession(deps.db, row.session_id, now, expiresAt);
  }
  return { actor: actorFromFacts(row, row.session_id, row.strong_sign_in), secondFactorPending: false, lastSeenAt, expiresAt };
}

/** Ends the session; says which identity provider opened it, if one did, so its sign-out can be offered. */
export async function signOut(deps: Deps, token: string): Promise<{ identityProviderId: number | null }> {
  const now = deps.clock.now();
  const session = await repo.deleteSession(deps.db, hashToken(token));
  if (session) await audit.record(deps.db, now, { actor: null, actorLabel: `account ${session.account_id}`, action: 'sign_out', table: 'sessions', recordId: session.account_id });
  return { identityProviderId: session?.identity_provider_id ?? null };
}

/**
 * Lets in an account made at a first sign-in through an identity provider (an admin, or a focal point
 * of its organization). An account from a provider that serves several organizations has none yet:
 * the approver chooses one of those (`entity`, an acronym).
 */
export async function approveAccount(deps: Deps, actor: Actor | null, accountId: number, entity?: string): Promise<void> {
  const row = await repo.findAccountById(deps.db, accountId);
  if (!row?.approval_pending) {
    // Only someone who approves accounts at all learns that there is none such to approve.
    authorize(actor, 'account.approve', { entityId: actor?.entityId ?? null });
    throw notFound('pendingAccount');
  }
  const entityId = row.entity_id ?? (await chosenOrganization(deps, row.id, entity));
  authorize(actor, 'account.approve', { entityId });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const before = { approval_pending: true, entity_id: row.entity_id };
    await saveAccount(trx, row, { approval_pending: false, entity_id: entityId }, now, accountChanged, {
      audit: () => audit.record(trx, now, { actor, action: 'approve', table: 'accounts', recordId: row.id, entityId, before, after: { approval_pending: false, entity_id: entityId } }),
    });
  });
}

async function chosenOrganization(deps: Deps, accountId: number, entity: string | undefined): Promise<number> {
  const choices = await repo.organizationsOfferedTo(deps.db, accountId);
  const chosen = choices.find((choice) => choice.acronym.toLowerCase() === entity?.trim().toLowerCase());
  if (chosen) return chosen.id;
  const message = localized('people.entityToChoose', { entities: choices.map((choice) => choice.acronym).join(', ') });
  throw new AppError('VALIDATION', message, { fields: [{ field: 'entity', message }] });
}

export interface SessionInfo {
  id: string;
  current: boolean;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
  ip: string | null;
}

export async function listSessions(deps: Deps, actor: Actor | null): Promise<SessionInfo[]> {
  authorize(actor, 'account.read_own', { accountId: actor?.accountId });
  const rows = await repo.listSessionsOf(deps.db, actor.accountId, deps.clock.now());
  return rows.map((row) => ({ id: row.id, current: row.id === actor.sessionId, createdAt: row.created_at, lastSeenAt: row.last_seen_at, userAgent: row.user_agent, ip: row.ip }));
}

export async function endOtherSessions(deps: Deps, actor: Actor | null): Promise<number> {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId });
  const ended = await repo.deleteSessionsOf(deps.db, actor.accountId, actor.sessionId ?? undefined);
  await audit.record(deps.db, deps.clock.now(), { actor, action: 'end_sessions', table: 'sessions', recordId: actor.accountId, after: { ended } });
  return ended;
}
