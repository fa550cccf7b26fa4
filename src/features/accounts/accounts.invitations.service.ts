/** Creating accounts and the single-use links that set a password: invitations, resets, and using a link. */
import type { Deps } from '../../deps';
import { AppError, fieldError, notFound } from '../../lib/errors';
import { isLocale, localized, translator, type MessageKey } from '../../lib/i18n';
import { hashPassword } from '../../lib/passwords';
import { hashToken, newToken } from '../../lib/tokens';
import { parseInput } from '../../lib/validation';
import { isAdmin, type Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import { advisoryRole, advisoryRoleOffered, offeredRoles, roleLabelKey } from '../../policy/advisory-role';
import type { Rights } from '../../policy/rights';
import * as audit from '../audit/audit.service';
import * as mail from '../mail/mail.service';
import * as members from '../members/members.service';
import { accountChangedSinceLink, saveAccount } from './accounts.saving.service';
import * as repo from './accounts.repository';
import { setPasswordForm, type InviteInput } from './accounts.schemas';
import type { MemberSummary } from '../members/members.schemas';
import { roles, type LinkPurpose, type Role } from './accounts.table';
import { type Account, linkLifetimeMs, publicRecord, toAccount } from './accounts.read.service';

// ---- creating accounts and links ----

async function resolveEntityId(deps: Deps, acronym: string | undefined): Promise<number | null> {
  if (!acronym) return null;
  const ids = await members.entityIdsByAcronym(deps, [acronym]);
  const id = ids.get(acronym);
  if (id === undefined)
    throw new AppError('VALIDATION', localized('raised.unknownOrganization.sentence', { acronym }), {
      fields: [{ field: 'entity', message: localized('raised.unknownOrganization.named', { acronym }) }],
    });
  return id;
}

function linkUrl(deps: Deps, token: string): string {
  return `${deps.config.publicUrl}/account/set-password/${token}`;
}

/** The roles a focal point may give a colleague; an admin gives any role the group offers. */
const colleagueRoles: readonly Role[] = ['member', 'focal_point'];

/** The invitation form: whom the actor may invite into which organization, with which roles. */
export interface InviteForm {
  /** The inviter's organization, the one a focal point invites into. */
  ownEntity: string | null;
  /** The organizations to choose from, when the inviter may choose. */
  organizations: MemberSummary[];
  roles: readonly Role[];
  rights: Rights<'chooseOrganization'>;
}

export async function getInviteForm(deps: Deps, actor: Actor | null): Promise<InviteForm> {
  const inviter = assertMayInvite(actor);
  const chooseOrganization = isAdmin(inviter);
  return {
    ownEntity: inviter.entityAcronym,
    organizations: chooseOrganization ? await members.listOrganizationChoices(deps) : [],
    roles: chooseOrganization ? offeredRoles(roles) : colleagueRoles,
    rights: { chooseOrganization },
  };
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
  if (!isAdmin(actor) && input.roles.some((role) => !colleagueRoles.includes(role))) {
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
      await repo.insertLink(trx, {
        account_id: created.id,
        purpose: 'invitation',
        token_hash: hashToken(token),
        created_by: actor.accountId || null,
        created_at: now,
        expires_at: new Date(now.getTime() + linkLifetimeMs.invitation),
      });
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
    await repo.insertLink(trx, {
      account_id: row.id,
      purpose: 'reset',
      token_hash: hashToken(token),
      created_by: requestedBy?.accountId || null,
      created_at: now,
      expires_at: new Date(now.getTime() + linkLifetimeMs.reset),
    });
    await audit.record(trx, now, {
      actor: requestedBy,
      actorLabel: requestedBy ? requestedBy.name : 'password reset request',
      action: 'reset_link',
      table: 'accounts',
      recordId: row.id,
      entityId: row.entity_id,
    });
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
    return saveAccount(trx, before, { password_hash: passwordHash }, now, accountChangedSinceLink, {
      related: async () => {
        await repo.deleteSessionsOf(trx, before.id);
      },
      audit: () =>
        audit.record(trx, now, {
          actor: null,
          actorLabel: before.email,
          action: link.purpose === 'invitation' ? 'accept_invitation' : 'reset_password',
          table: 'accounts',
          recordId: before.id,
          entityId: before.entity_id,
        }),
    });
  });
  return toAccount(deps, row);
}
