import { isAdmin } from '../../policy/actor';
import type { Rule } from '../../policy/types';

export const groupSettingsRules = {
  /** The group's names, texts, logo and colours (/admin/group, `icat init`): the secretariat (and the command line). */
  'groupSettings.manage': (actor) => isAdmin(actor),
} satisfies Record<string, Rule>;
