import { isAdmin } from '../../policy/actor';
import type { Rule } from '../../policy/types';

export const governanceRules = {
  /** A year's term: its co-chairs, priorities and endorsement, and adding a year: the secretariat. */
  'term.edit': (actor) => isAdmin(actor),
} satisfies Record<string, Rule>;
