/**
 * Every feature's rules, by the feature's name, in the order of the feature list
 * (src/features/features.ts). Each manifest names the same rules object; a test holds the two
 * together. The policy reads this projection rather than the list itself because the list imports
 * every feature's routes and services, and they import the policy: looping over the list here would
 * make the policy import itself, and `Action` would depend on its own type through every route.
 */
import { accountRules } from '../features/accounts/accounts.policy';
import { governanceRules } from '../features/governance/governance.policy';
import { groupSettingsRules } from '../features/group-settings/group-settings.policy';
import { groupRules } from '../features/groups/groups.policy';
import { libraryRules } from '../features/library/library.policy';
import { meetingRules } from '../features/meetings/meetings.policy';
import { memberRules } from '../features/members/members.policy';
import { messageRules } from '../features/messages/messages.policy';
import { progressRules } from '../features/progress/progress.policy';
import { reportRules } from '../features/reports/reports.policy';
import { statementRules } from '../features/statements/statements.policy';
import { translationRules } from '../features/translations/translations.policy';
import { vocabularyRules } from '../features/vocabularies/vocabularies.policy';

export const featureRules = {
  members: memberRules,
  groups: groupRules,
  library: libraryRules,
  accounts: accountRules,
  'group-settings': groupSettingsRules,
  governance: governanceRules,
  meetings: meetingRules,
  statements: statementRules,
  progress: progressRules,
  translations: translationRules,
  reports: reportRules,
  vocabularies: vocabularyRules,
  messages: messageRules,
};
