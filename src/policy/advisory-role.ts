/**
 * The consultation role that advises the group (survivor advisors, say): people who read and
 * comment where a consultation invites them. Each group names it in its own words ({advisors} in the
 * catalogue); a group that names none has no such role, so no form offers it and nobody is given it.
 * Accounts that already hold it keep it and keep working: the role is stored under one fixed name.
 */
import { groupWordsIn } from '../lib/i18n';
import type { Role } from './actor';

/** The stored name of the advisory role (accounts.roles, consultations.invited_roles). */
export const advisoryRole = 'survivor_advisor' satisfies Role;

/** True when the group names an advisory role. */
export function advisoryRoleOffered(): boolean {
  return (groupWordsIn('en').advisors ?? '').trim() !== '';
}

/** The roles a form offers among `candidates`: the advisory role only when the group names it. */
export function offeredRoles<R extends Role>(candidates: readonly R[]): R[] {
  const offered = advisoryRoleOffered();
  return candidates.filter((role) => role !== advisoryRole || offered);
}

/** The catalogue key of a role's name: the group's word for the advisory role, a plain "Advisor" once it names none. */
export function roleLabelKey(role: string): `role.${string}` {
  return role === advisoryRole && !advisoryRoleOffered() ? 'role.advisors.unnamed' : `role.${role}`;
}
