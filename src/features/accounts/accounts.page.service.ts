/**
 * The account page as one read: the account, its sessions, API tokens, passkeys, second factor and
 * the secretariat's switch for strong sign-in, in one statement (see docs/performance.md).
 */
import type { Deps } from '../../deps';
import { isLocale } from '../../lib/i18n';
import { notFound } from '../../lib/errors';
import type { GatherPart } from '../../db/count-parts';
import { isAdmin, type Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import { findAccountPage, pendingInvitationsJsonQuery, type AccountPageRow, type InvitationJson } from './account-page.repository';
import type { Rights } from '../../policy/rights';
import type { Account, ApiToken, PendingInvitation, SessionInfo } from './accounts.service';
import { lostRightsForWantOfStrongSignIn } from './accounts.read.service';
import type { Role } from './accounts.table';
import { requireTotpKey } from './second-factor.service';

export interface AccountPageFacts {
  account: Account;
  sessions: SessionInfo[];
  tokens: ApiToken[];
  secondFactorRequiredForAdmins: boolean;
  recoveryCodesLeft: number;
  passkeyCount: number;
  /** The years in which the person acts as co-chair. */
  cochairYears: number[];
  /** An administrator or co-chair whose session is not strong enough for those roles while strong sign-in is required. */
  adminNeedsSecondFactor: boolean;
  rights: Rights<'invite' | 'requireSecondFactor'>;
}

function accountFromRow(row: AccountPageRow): Account {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    entityId: row.entity_id,
    entityAcronym: row.entity_id ? row.entity_acronym : null,
    roles: row.roles,
    totpEnabled: row.totp_enabled,
    hasPassword: row.password_hash !== null,
    disabled: row.disabled,
    approvalPending: row.approval_pending,
    approvalChoices: row.approval_choices,
    lastSignInAt: row.last_sign_in_at,
    locale: isLocale(row.locale) ? row.locale : null,
    version: row.version,
  };
}

/** The most invitations "My work" lists. */
const invitationsListed = 50;

const dateOrNull = (text: string | null) => (text === null ? null : new Date(text));

/** What the signed-in person's account page shows, read in one statement. */
export async function getAccountPage(deps: Deps, actor: Actor | null): Promise<AccountPageFacts> {
  authorize(actor, 'account.read_own', { accountId: actor?.accountId });
  const row = await findAccountPage(deps.db, actor.accountId, deps.clock.now(), requireTotpKey);
  if (!row) throw notFound('account');
  const account = accountFromRow(row);
  return {
    account,
    sessions: row.sessions.map((session) => ({
      id: session.id,
      current: session.id === actor.sessionId,
      createdAt: new Date(session.created_at),
      lastSeenAt: new Date(session.last_seen_at),
      userAgent: session.user_agent,
      ip: session.ip,
    })),
    tokens: row.tokens.map((token) => ({ id: token.id, name: token.name, createdAt: new Date(token.created_at), lastUsedAt: dateOrNull(token.last_used_at) })),
    secondFactorRequiredForAdmins: row.strong_sign_in_required,
    recoveryCodesLeft: row.recovery_codes_left,
    passkeyCount: row.passkey_count,
    cochairYears: actor.cochairYears,
    adminNeedsSecondFactor: row.strong_sign_in_required && lostRightsForWantOfStrongSignIn(account, actor),
    rights: {
      invite: can(actor, 'account.invite', { entityId: actor.entityId }),
      requireSecondFactor: can(actor, 'account.require_second_factor'),
    },
  };
}

/**
 * The invitations not taken up yet that the actor may follow up (an admin, all of them; a focal point,
 * their organization's), read as a part of the statement that gathers "My work"; null when the actor
 * may not invite.
 */
export function pendingInvitationsPart(actor: Actor): GatherPart<PendingInvitation[]> | null {
  const entityId = isAdmin(actor) ? undefined : (actor.entityId ?? undefined);
  if (!can(actor, 'account.invite', { entityId: entityId ?? null })) return null;
  return {
    query: pendingInvitationsJsonQuery(entityId, invitationsListed),
    read: (value) =>
      ((value ?? []) as InvitationJson[]).map((row) => ({ name: row.name, email: row.email, roles: row.roles as Role[], entityAcronym: row.entity_acronym, expiresAt: dateOrNull(row.expires_at) })),
  };
}
