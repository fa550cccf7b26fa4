/** An account as shown (with its organization), and the actor a signed-in account acts as. */
import type { Deps } from '../../deps';
import { notFound } from '../../lib/errors';
import { isLocale, type Locale } from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as members from '../members/members.service';
import type { MemberSummary } from '../members/members.schemas';
import * as repo from './accounts.repository';
import type { LinkPurpose, Role } from './accounts.table';
import { requireTotpKey } from './second-factor.service';

const hour = 60 * 60 * 1000;
export const sessionIdleMs = 24 * hour;
export const sessionMaxMs = 14 * 24 * hour;
export const linkLifetimeMs: Record<LinkPurpose, number> = { invitation: 7 * 24 * hour, reset: 2 * hour };

export interface Account {
  id: number;
  email: string;
  name: string;
  entityId: number | null;
  entityAcronym: string | null;
  roles: Role[];
  totpEnabled: boolean;
  hasPassword: boolean;
  disabled: boolean;
  approvalPending: boolean;
  /** For a waiting account without an organization: those its identity provider serves, to choose from. */
  approvalChoices: { id: number; acronym: string }[];
  lastSignInAt: Date | null;
  /** The language the person chose, or null: as the browser asks. */
  locale: Locale | null;
  version: number;
}

/** An account as the app shows it; `entities` holds its organization when the caller has read it already. */
export async function toAccount(deps: Deps, row: repo.AccountRow, entities?: Map<number, MemberSummary>): Promise<Account> {
  const known = entities ?? (row.entity_id ? await members.summariesByIds(deps, [row.entity_id]) : new Map<number, MemberSummary>());
  const entity = row.entity_id ? known.get(row.entity_id) : undefined;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    entityId: row.entity_id,
    entityAcronym: entity?.acronym ?? null,
    roles: row.roles,
    totpEnabled: row.totp_enabled,
    hasPassword: row.password_hash !== null,
    disabled: row.disabled,
    approvalPending: row.approval_pending,
    approvalChoices: row.approval_pending && row.entity_id === null ? await repo.organizationsOfferedTo(deps.db, row.id) : [],
    lastSignInAt: row.last_sign_in_at,
    locale: isLocale(row.locale) ? row.locale : null,
    version: row.version,
  };
}

export function publicRecord(row: repo.AccountRow): object {
  const { password_hash: _password, totp_secret: _secret, ...rest } = row;
  return rest;
}

const guardedRoles: Role[] = ['admin', 'cochair'];

/**
 * The actor an account acts as now: co-chair only in its entity's years; when the secretariat
 * requires it, admin and co-chair only after a strong sign-in (a passkey, or a password and a code).
 * A session says how it was opened (`strongSession`); without one (an API token), the account must
 * have a second factor or a passkey.
 */
export function actorFromFacts(facts: repo.ActorFactsRow, sessionId: string | null, strongSession?: boolean): Actor {
  let roles = [...facts.roles];
  const strong = strongSession ?? (facts.totp_enabled || facts.has_passkey);
  if (roles.some((role) => guardedRoles.includes(role)) && facts.strong_sign_in_required && !strong) {
    roles = roles.filter((role) => !guardedRoles.includes(role));
  }
  const cochairYears = roles.includes('cochair') && facts.entity_id ? facts.chaired_years : [];
  return {
    accountId: facts.id,
    name: facts.name,
    email: facts.email,
    entityId: facts.entity_id,
    entityAcronym: facts.entity_acronym,
    roles,
    cochairYears,
    sessionId,
    locale: isLocale(facts.locale) ? facts.locale : null,
  };
}

export async function actorFor(deps: Deps, row: repo.AccountRow, sessionId: string | null, strongSession?: boolean): Promise<Actor> {
  const facts = await repo.findActorFacts(deps.db, row.id, requireTotpKey);
  if (!facts) throw notFound('account');
  return actorFromFacts(facts, sessionId, strongSession);
}

export async function getAccount(deps: Deps, actor: Actor | null, accountId: number): Promise<Account> {
  authorize(actor, 'account.read_own', { accountId });
  const row = await repo.findAccountById(deps.db, accountId);
  if (!row) throw notFound('account');
  return toAccount(deps, row);
}

/** Whether this account lost admin or co-chair rights for want of a strong sign-in (so the page can say so). */
export function lostRightsForWantOfStrongSignIn(account: Account, actor: Actor | null): boolean {
  return account.roles.some((role) => guardedRoles.includes(role) && !actor?.roles.includes(role));
}
