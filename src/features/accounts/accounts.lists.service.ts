/** The first administrator, and the lists of accounts other features read (recipients, an organization's people, pending invitations). */
import type { CountPart } from '../../db/count-parts';
import type { Deps } from '../../deps';
import { isLocale, type Locale } from '../../lib/i18n';
import { generatePassword } from '../../lib/passwords';
import { commandLineActor, isAdmin, type Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import * as members from '../members/members.service';
import * as repo from './accounts.repository';
import type { Role } from './accounts.table';
import { createAccount } from './accounts.invitations.service';
import { type Account, toAccount } from './accounts.read.service';

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

/** The accounts the actor looks after: an admin's, all; a focal point's, their organization's. */
export async function listAccountsOf(deps: Deps, actor: Actor | null): Promise<Account[]> {
  const entityId = isAdmin(actor) ? undefined : (actor?.entityId ?? -1);
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

/**
 * How many invitations not taken up yet wait for the actor (up to 50), counted in the statement that gathers
 * the navigation's counts: an admin follows up all of them, a focal point their organization's.
 */
export function pendingInvitationsCount(deps: Deps, actor: Actor): CountPart | null {
  const entityId = isAdmin(actor) ? undefined : (actor.entityId ?? undefined);
  if (!can(actor, 'account.invite', { entityId: entityId ?? null })) return null;
  return { query: repo.countPendingInvitationsQuery(deps.db, entityId, 50), read: Number };
}

export async function findAccountId(deps: Deps, emailAddress: string): Promise<number | undefined> {
  return (await repo.findAccountByEmail(deps.db, emailAddress))?.id;
}
