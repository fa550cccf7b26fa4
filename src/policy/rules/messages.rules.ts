import { isAdmin } from '../actor';
import type { Rule } from '../types';

export const messageRules = {
  /** Importing translators' files into the message catalogue: the secretariat (and the command line). */
  'messages.import': (actor) => isAdmin(actor),
} satisfies Record<string, Rule>;
