import { isAdmin } from '../../policy/actor';
import type { Rule } from '../../policy/types';

export const vocabularyRules = {
  /** The group's vocabularies (the mapping's dimensions and values, the kinds of organization): the secretariat. */
  'vocabulary.edit': (actor) => isAdmin(actor),
} satisfies Record<string, Rule>;
