import { isAdmin, isCochairIn } from '../../policy/actor';
import type { Rule } from '../../policy/types';

export const libraryRules = {
  /** Adding, editing and publishing publications and events, and seeing drafts: the secretariat and the co-chairs of the year. */
  'library.manage': (actor, subject) => isAdmin(actor) || isCochairIn(actor, subject.year),
  /** Searching everything, groups included: the secretariat. */
  'search.everything': (actor) => isAdmin(actor),
} satisfies Record<string, Rule>;
