import { isAdmin, isFocalPointOf } from '../actor';
import type { Rule } from '../types';

export const memberRules = {
  /** The member record itself (name, kind, status, mandate): the secretariat. */
  'member.edit': (actor) => isAdmin(actor),
  /** The mapping profile: the organization's own focal points, and the secretariat. */
  'member.profile.edit': (actor, subject) => isAdmin(actor) || isFocalPointOf(actor, subject.entityId),
  /** Loading profiles from a spreadsheet, for all organizations at once: the secretariat. */
  'member.profile.import': (actor) => isAdmin(actor),
} satisfies Record<string, Rule>;
