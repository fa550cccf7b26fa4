import { isAdmin } from '../../policy/actor';
import type { Rule } from '../../policy/types';

export const messageRules = {
  /** Importing translators' files into the message catalogue: the secretariat (and the command line). */
  'messages.import': (actor) => isAdmin(actor),
} satisfies Record<string, Rule>;
