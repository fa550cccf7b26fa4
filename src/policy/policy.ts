/**
 * The one place that answers "may this actor do this action on this record". Services call
 * authorize() before every state change and can() to decide what to show; no route decides alone.
 * Rules are grouped by feature under rules/; each takes the actor and facts about the record.
 */
import { AppError } from '../lib/errors';
import { localized } from '../lib/i18n';
import type { Actor } from './actor';
import type { Rule, Subject } from './types';
import { accountRules } from './rules/accounts.rules';
import { memberRules } from './rules/members.rules';
import { governanceRules } from './rules/governance.rules';
import { groupRules } from './rules/groups.rules';
import { groupSettingsRules } from './rules/group-settings.rules';
import { libraryRules } from './rules/library.rules';
import { meetingRules } from './rules/meetings.rules';
import { messageRules } from './rules/messages.rules';
import { progressRules } from './rules/progress.rules';
import { reportRules } from './rules/reports.rules';
import { statementRules } from './rules/statements.rules';
import { translationRules } from './rules/translations.rules';
import { vocabularyRules } from './rules/vocabularies.rules';

const rules = {
  ...accountRules,
  ...memberRules,
  ...governanceRules,
  ...groupRules,
  ...groupSettingsRules,
  ...libraryRules,
  ...meetingRules,
  ...messageRules,
  ...progressRules,
  ...reportRules,
  ...statementRules,
  ...translationRules,
  ...vocabularyRules,
} satisfies Record<string, Rule>;

export type Action = keyof typeof rules;

export type { Subject };

export function can(actor: Actor | null, action: Action, subject: Subject = {}): boolean {
  return rules[action](actor, subject);
}

/** Throws UNAUTHENTICATED for the public and FORBIDDEN for a signed-in account without the right. */
export function authorize(actor: Actor | null, action: Action, subject: Subject = {}): asserts actor is Actor {
  if (can(actor, action, subject)) return;
  if (actor === null) throw new AppError('UNAUTHENTICATED', localized('raised.signIn'));
  throw new AppError('FORBIDDEN', localized('error.FORBIDDEN.detail'), { action });
}
