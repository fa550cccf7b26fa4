import { isAdmin } from '../actor';
import type { Rule } from '../types';

export const vocabularyRules = {
  /** The group's vocabularies (the mapping's dimensions and values, the kinds of organization): the secretariat. */
  'vocabulary.edit': (actor) => isAdmin(actor),
} satisfies Record<string, Rule>;
