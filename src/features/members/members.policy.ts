import { isAdmin, isFocalPointOf } from '../../policy/actor';
import type { Rule } from '../../policy/types';

export const memberRules = {
  /** The member record itself (name, kind, status, mandate): the secretariat. */
  'member.edit': (actor) => isAdmin(actor),
  /** Adding an organization to the group's list, and retiring one: the secretariat. */
  'member.create': (actor) => isAdmin(actor),
  'member.retire': (actor) => isAdmin(actor),
  /** The group's reported membership counts and its history entries (shown on /about): the secretariat. */
  'member.about.edit': (actor) => isAdmin(actor),
  /** The mapping profile: the organization's own focal points, and the secretariat. */
  'member.profile.edit': (actor, subject) => isAdmin(actor) || isFocalPointOf(actor, subject.entityId),
  /** Loading profiles from a spreadsheet, for all organizations at once: the secretariat. */
  'member.profile.import': (actor) => isAdmin(actor),
} satisfies Record<string, Rule>;
