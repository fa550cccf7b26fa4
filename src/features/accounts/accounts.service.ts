/**
 * Accounts: people, their organization and roles, how they sign in (password, optional second
 * factor, sessions in the database, API tokens) and the single-use links that set a password.
 */
import { groupIdentity } from '../../lib/group';
import type { CountPart } from '../../db/count-parts';
import type { Deps } from '../../deps';
import { AppError, fieldError, notFound } from '../../lib/errors';
import { availableLocales, isLocale, localized, translator, type Locale, type MessageKey } from '../../lib/i18n';
import { generatePassword, hashPassword, verifyPassword } from '../../lib/passwords';
import { hashToken, newToken } from '../../lib/tokens';
import { parseInput } from '../../lib/validation';
import { commandLineActor, isAdmin, type Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import { advisoryRole, advisoryRoleOffered, roleLabelKey } from '../../policy/advisory-role';
import * as audit from '../audit/audit.service';
import * as mail from '../mail/mail.service';
import * as members from '../members/members.service';
import type { MemberSummary } from '../members/members.schemas';
import * as repo from './accounts.repository';
import { setPasswordForm, type InviteInput } from './accounts.schemas';
import type { LinkPurpose, Role } from './accounts.table';
import { requireTotpKey } from './second-factor.service';


const hour = 60 * 60 * 1000;
export const sessionIdleMs = 24 * hour;
export const sessionMaxMs = 14 * 24 * hour;
const linkLifetimeMs: Record<LinkPurpose, number> = { invitation: 7 * 24 * hour, reset: 2 * hour };

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
async function toAccount(deps: Deps, row: repo.AccountRow, entities?: Map<number, MemberSummary>): Promise<Account> {
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

function publicRecord(row: repo.AccountRow): object {
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
function actorFromFacts(facts: repo.ActorFactsRow, sessionId: string | null, strongSession?: boolean): Actor {
  let roles = [...facts.roles];
  const strong = strongSession ?? (facts.totp_enabled || facts.has_passkey);
  if (roles.some((role) => guardedRoles.includes(role)) && facts.strong_sign_in_required && !strong) {
    roles = roles.filter((role) => !guardedRoles.includes(role));
  }
  const cochairYears = roles.includes('cochair') && facts.entity_id ? facts.chaired_years : [];
  return { accountId: facts.id, name: facts.name, email: facts.email, entityId: facts.entity_id, entityAcronym: facts.entity_acronym, roles, cochairYears, sessionId, locale: isLocale(facts.locale) ? facts.locale : null };
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

// ---- creating accounts and links ----

async function resolveEntityId(deps: Deps, acronym: string | undefined): Promise<number | null> {
  if (!acronym) return null;
  const ids = await members.entityIdsByAcronym(deps, [acronym]);
  const id = ids.get(acronym);
  if (id === undefined) throw new AppError('VALIDATION', localized('raised.unknownOrganization.sentence', { acronym }), { fields: [{ field: 'entity', message: localized('raised.unknownOrganization.named', { acronym }) }] });
  return id;
}

function linkUrl(deps: Deps, token: string): string {
  return `${deps.config.publicUrl}/account/set-password/${token}`;
}

export interface CreatedAccount {
  account: Account;
  /** The single-use link that sets the password (when no password was given). */
  link: string | null;
}

/**
 * Creates an account. An admin may create any; a focal point invites colleagues of the same
 * organization as members or focal points. Without a password, an invitation link is made and mailed.
 */
export async function createAccount(deps: Deps, actor: Actor | null, input: InviteInput & { password?: string }): Promise<CreatedAccount> {
  const entityId = actor && !isAdmin(actor) ? actor.entityId : await resolveEntityId(deps, input.entity);
  authorize(actor, 'account.invite', { entityId });
  if (!isAdmin(actor) && input.roles.some((role) => role !== 'member' && role !== 'focal_point')) {
    throw new AppError('FORBIDDEN', localized('raised.account.inviteLimit'));
  }
  if (input.roles.includes(advisoryRole) && !advisoryRoleOffered()) throw fieldError('roles', localized('raised.role.advisorsNotOffered'));
  if (input.password !== undefined) parseInput(setPasswordForm, { password: input.password, confirm: input.password });
  const now = deps.clock.now();
  const token = newToken();
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
  const row = await deps.db.transaction().execute(async (trx) => {
    if (await repo.findAccountByEmail(trx, input.email)) {
      throw new AppError('CONFLICT', localized('raised.account.emailTaken', { email: input.email }), { fields: [{ field: 'email', message: localized('raised.account.emailTakenField') }] });
    }
    const created = await repo.insertAccount(trx, { email: input.email, name: input.name, entity_id: entityId, roles: input.roles, password_hash: passwordHash, created_at: now, updated_at: now });
    if (!passwordHash) {
      await repo.insertLink(trx, { account_id: created.id, purpose: 'invitation', token_hash: hashToken(token), created_by: actor.accountId || null, created_at: now, expires_at: new Date(now.getTime() + linkLifetimeMs.invitation) });
    }
    await audit.record(trx, now, { actor, action: 'create', table: 'accounts', recordId: created.id, entityId, after: publicRecord(created) });
    return created;
  });
  const link = passwordHash ? null : linkUrl(deps, token);
  const account = await toAccount(deps, row);
  if (link) await mail.queueMail(deps, await invitationMail(deps, actor, account, link));
  return { account, link };
}

/** The invitation names who invites, the roles offered and the organization they are offered for. */
async function invitationMail(deps: Deps, actor: Actor, account: Account, link: string): Promise<mail.OutgoingMessage> {
  // The invited person has no language yet: they are written to in the language of the person inviting them.
  const t = localized;
  const entity = account.entityId ? (await members.summariesByIds(deps, [account.entityId])).get(account.entityId) : undefined;
  const roles = account.roles.map((role) => t(roleLabelKey(role) as MessageKey)).join(', ');
  const as = entity ? t('mail.invitation.as', { roles, organization: `${entity.name} (${entity.acronym})` }) : t('mail.invitation.asSecretariat', { roles });
  return {
    to: account.email,
    subject: entity ? t('mail.invitation.subject', { organization: entity.acronym }) : t('mail.invitation.subject.secretariat'),
    text: t('mail.invitation.body', { name: account.name, inviter: actor.name, as, link }),
  };
}

/** The actor, if it may invite anyone at all (its own organization's colleagues at least). */
export function assertMayInvite(actor: Actor | null): Actor {
  authorize(actor, 'account.invite', { entityId: actor?.entityId ?? null });
  return actor;
}

/** Makes a password-reset link; it is mailed to the account and returned (the CLI prints it). */
export async function createResetLink(deps: Deps, emailAddress: string, requestedBy: Actor | null): Promise<string | null> {
  const row = await repo.findAccountByEmail(deps.db, emailAddress);
  if (!row || row.disabled) return null;
  const now = deps.clock.now();
  const token = newToken();
  await deps.db.transaction().execute(async (trx) => {
    await repo.expireOpenLinks(trx, row.id, 'reset', now);
    await repo.insertLink(trx, { account_id: row.id, purpose: 'reset', token_hash: hashToken(token), created_by: requestedBy?.accountId || null, created_at: now, expires_at: new Date(now.getTime() + linkLifetimeMs.reset) });
    await audit.record(trx, now, { actor: requestedBy, actorLabel: requestedBy ? requestedBy.name : 'password reset request', action: 'reset_link', table: 'accounts', recordId: row.id, entityId: row.entity_id });
  });
  const link = linkUrl(deps, token);
  // Written in the account's language, else the language of the request that asked.
  const t = isLocale(row.locale) ? translator(row.locale) : localized;
  await mail.queueMail(deps, { to: row.email, subject: t('mail.passwordReset.subject'), text: t('mail.passwordReset.body', { name: row.name, link }) });
  return link;
}

export interface LinkInfo {
  purpose: LinkPurpose;
  account: Account;
}

async function liveLink(deps: Deps, token: string): Promise<repo.LinkRow> {
  const link = await repo.findLinkByHash(deps.db, hashToken(token));
  if (!link || link.used_at !== null || link.expires_at <= deps.clock.now()) {
    throw new AppError('NOT_FOUND', localized('raised.link.invalid'));
  }
  return link;
}

export async function readLink(deps: Deps, token: string): Promise<LinkInfo> {
  const link = await liveLink(deps, token);
  const row = await repo.findAccountById(deps.db, link.account_id);
  if (!row || row.disabled) throw notFound('account');
  return { purpose: link.purpose, account: await toAccount(deps, row) };
}

/** Sets the password through a single-use link; every other session of the account ends. */
export async function setPasswordWithLink(deps: Deps, token: string, form: { password: string; confirm: string }): Promise<Account> {
  const { password: newPassword } = parseInput(setPasswordForm, form);
  const link = await liveLink(deps, token);
  const passwordHash = await hashPassword(newPassword);
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.useLink(trx, link.id, now))) throw new AppError('NOT_FOUND', localized('raised.link.used'));
    const before = await repo.findAccountById(trx, link.account_id);
    if (!before) throw notFound('account');
    const after = await repo.updateAccount(trx, before.id, before.version, { password_hash: passwordHash }, now);
    if (!after) throw new AppError('STALE_VERSION', localized('raised.account.changedOpenLink'));
    await repo.deleteSessionsOf(trx, before.id);
    await audit.record(trx, now, { actor: null, actorLabel: before.email, action: link.purpose === 'invitation' ? 'accept_invitation' : 'reset_password', table: 'accounts', recordId: before.id, entityId: before.entity_id });
    return after;
  });
  return toAccount(deps, row);
}

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

/** The actor behind a session cookie, or null; an active session is kept alive. */
export async function resolveSession(deps: Deps, token: string): Promise<{ actor: Actor | null; secondFactorPending: boolean }> {
  const now = deps.clock.now();
  const row = await repo.findLiveSessionActor(deps.db, hashToken(token), now, requireTotpKey);
  if (!row) return { actor: null, secondFactorPending: false };
  if (row.second_factor_pending) return { actor: null, secondFactorPending: true };
  if (row.disabled || row.approval_pending) return { actor: null, secondFactorPending: false };
  if (now.getTime() - row.last_seen_at.getTime() > 5 * 60 * 1000) {
    const expires = Math.min(now.getTime() + sessionIdleMs, row.session_created_at.getTime() + sessionMaxMs);
    await repo.touchSession(deps.db, row.session_id, now, new Date(expires));
  }
  return { actor: actorFromFacts(row, row.session_id, row.strong_sign_in), secondFactorPending: false };
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
    const after = await repo.updateAccount(trx, row.id, row.version, { approval_pending: false, entity_id: entityId }, now);
    if (!after) throw new AppError('STALE_VERSION', localized('raised.account.changed'));
    const before = { approval_pending: true, entity_id: row.entity_id };
    await audit.record(trx, now, { actor, action: 'approve', table: 'accounts', recordId: row.id, entityId, before, after: { approval_pending: false, entity_id: entityId } });
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

// ---- API tokens ----

export interface ApiToken {
  id: number;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export async function listApiTokens(deps: Deps, actor: Actor | null): Promise<ApiToken[]> {
  authorize(actor, 'account.read_own', { accountId: actor?.accountId });
  const rows = await repo.listApiTokensOf(deps.db, actor.accountId);
  return rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at, lastUsedAt: row.last_used_at }));
}

/** Creates a personal API token; the token itself is returned once and only its hash is kept. */
export async function createApiToken(deps: Deps, actor: Actor | null, name: string): Promise<{ token: string; id: number }> {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId });
  const now = deps.clock.now();
  const token = newToken('icat_');
  const row = await deps.db.transaction().execute(async (trx) => {
    const created = await repo.insertApiToken(trx, { account_id: actor.accountId, name, token_hash: hashToken(token), created_at: now });
    await audit.record(trx, now, { actor, action: 'create', table: 'api_tokens', recordId: created.id, entityId: actor.entityId, after: { name } });
    return created;
  });
  return { token, id: row.id };
}

export async function revokeApiToken(deps: Deps, actor: Actor | null, id: number): Promise<void> {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const revoked = await repo.revokeApiToken(trx, actor.accountId, id, now);
    if (!revoked) throw notFound('token');
    await audit.record(trx, now, { actor, action: 'revoke', table: 'api_tokens', recordId: id, entityId: actor.entityId, before: { name: revoked.name } });
  });
}

export async function resolveApiToken(deps: Deps, token: string): Promise<Actor | null> {
  const row = await repo.findLiveTokenActor(deps.db, hashToken(token), requireTotpKey);
  if (!row || row.disabled) return null;
  const now = deps.clock.now();
  if (!row.token_last_used_at || now.getTime() - row.token_last_used_at.getTime() > 60_000) await repo.markApiTokenUsed(deps.db, row.token_id, now);
  return actorFromFacts(row, null);
}

// ---- the first administrator, and lists for other features ----

/** On a database without an administrator, creates one with a generated password (printed once by the caller). */
export async function ensureAdministrator(deps: Deps): Promise<{ email: string; password: string } | null> {
  if ((await repo.countAdmins(deps.db)) > 0) return null;
  const password = generatePassword();
  await createAccount(deps, commandLineActor(), { email: deps.config.adminEmail, name: 'Administrator', roles: ['admin'], password });
  return { email: deps.config.adminEmail, password };
}

export interface Recipient {
  accountId: number;
  name: string;
  email: string;
  entityId: number | null;
  roles: Role[];
  /** The language mail to this person is written in, when they chose one. */
  locale: Locale | null;
}

function toRecipient(row: repo.AccountRow): Recipient {
  return { accountId: row.id, name: row.name, email: row.email, entityId: row.entity_id, roles: row.roles, locale: isLocale(row.locale) ? row.locale : null };
}

/** Active accounts by id (disabled ones are left out): who a notification about their own work goes to. */
export async function recipientsByIds(deps: Deps, ids: number[]): Promise<Recipient[]> {
  const unique = [...new Set(ids)].filter((id) => id > 0);
  if (unique.length === 0) return [];
  return (await repo.listActiveAccountsByIds(deps.db, unique)).map(toRecipient);
}

/** Active accounts with a role, optionally of some organizations: who gets a reminder or an invitation. */
export async function listRecipients(deps: Deps, role: Role, entityIds?: number[]): Promise<Recipient[]> {
  const rows = await repo.listAccountsWithRole(deps.db, role, entityIds);
  return rows.map(toRecipient);
}

export async function listAccountsOf(deps: Deps, actor: Actor | null, entityId?: number): Promise<Account[]> {
  authorize(actor, 'account.invite', { entityId: entityId ?? null });
  const rows = await repo.listAccounts(deps.db, entityId, 500);
  const entities = await members.summariesByIds(deps, [...new Set(rows.flatMap((row) => (row.entity_id ? [row.entity_id] : [])))]);
  return Promise.all(rows.map((row) => toAccount(deps, row, entities)));
}

export interface PendingInvitation {
  name: string;
  email: string;
  roles: Role[];
  entityAcronym: string | null;
  expiresAt: Date | null;
}

/** Invitations not taken up yet that the actor may follow up: an admin's, all; a focal point's, their organization's. */
export async function pendingInvitations(deps: Deps, actor: Actor): Promise<PendingInvitation[]> {
  const entityId = isAdmin(actor) ? undefined : (actor.entityId ?? undefined);
  if (!can(actor, 'account.invite', { entityId: entityId ?? null })) return [];
  const rows = await repo.listPendingInvitations(deps.db, entityId, 50);
  const entities = await members.summariesByIds(deps, rows.flatMap((row) => (row.entity_id ? [row.entity_id] : [])));
  return rows.map((row) => ({ name: row.name, email: row.email, roles: row.roles as Role[], entityAcronym: row.entity_id ? (entities.get(row.entity_id)?.acronym ?? null) : null, expiresAt: row.expires_at }));
}

/** How many invitations wait for the actor (as above), counted in the statement that gathers the navigation's counts. */
export function pendingInvitationsCount(deps: Deps, actor: Actor): CountPart | null {
  const entityId = isAdmin(actor) ? undefined : (actor.entityId ?? undefined);
  if (!can(actor, 'account.invite', { entityId: entityId ?? null })) return null;
  return { query: repo.countPendingInvitationsQuery(deps.db, entityId, 50), read: Number };
}

export async function findAccountId(deps: Deps, emailAddress: string): Promise<number | undefined> {
  return (await repo.findAccountByEmail(deps.db, emailAddress))?.id;
}

/** Sets the language of the signed-in account (null: as the browser asks); refuses one the platform does not speak. */
export async function setLanguage(deps: Deps, actor: Actor | null, value: unknown): Promise<Locale | null> {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId });
  const locale = value === '' || value === undefined ? null : availableLocales().find((candidate) => candidate === value);
  if (locale === undefined) {
    throw new AppError('VALIDATION', localized('account.language.invalid'), { fields: [{ field: 'locale', message: localized('input.oneOf', { values: availableLocales().join(', ') }) }] });
  }
  await repo.setAccountLocale(deps.db, actor.accountId, locale);
  return locale;
}

/** Changes the password of the signed-in account, which must give its current one; other sessions end. */
export async function changePassword(deps: Deps, actor: Actor | null, form: { current: string; password: string; confirm: string }): Promise<void> {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId });
  const { password: newPassword } = parseInput(setPasswordForm, form);
  const row = await repo.findAccountById(deps.db, actor.accountId);
  if (!row?.password_hash || !(await verifyPassword(form.current, row.password_hash))) {
    throw new AppError('VALIDATION', localized('raised.password.wrong'), { fields: [{ field: 'current', message: localized('raised.password.notCurrent') }] });
  }
  const now = deps.clock.now();
  const passwordHash = await hashPassword(newPassword);
  await deps.db.transaction().execute(async (trx) => {
    const after = await repo.updateAccount(trx, row.id, row.version, { password_hash: passwordHash }, now);
    if (!after) throw new AppError('STALE_VERSION', localized('raised.account.yoursChanged'));
    await repo.deleteSessionsOf(trx, row.id, actor.sessionId ?? undefined);
    await audit.record(trx, now, { actor, action: 'change_password', table: 'accounts', recordId: row.id, entityId: row.entity_id });
  });
}
