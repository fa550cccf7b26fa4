/**
 * Every feature, once. The app registers their routes in this order and `icat seed` runs their seed
 * steps in this order (a step may refer to what an earlier feature's steps created: the bundle's
 * organizations and groups come first, the record's meetings before the plan). The database's type
 * joins their tables (src/db/schema.ts) and the route-access test walks each one's `access`. The
 * policy reads their rules through src/policy/feature-rules.ts, kept to this list by a test. A new
 * feature is one line here (docs/architecture.md, "Adding a feature").
 */
import { accountsFeature } from './accounts';
import { auditFeature } from './audit';
import { filesFeature } from './files';
import { governanceFeature } from './governance';
import { groupBundleFeature } from './group-bundle';
import { groupSettingsFeature } from './group-settings';
import { groupsFeature } from './groups';
import { identityProvidersFeature } from './identity-providers';
import { jobsFeature } from './jobs';
import { libraryFeature } from './library';
import { mailFeature } from './mail';
import { meetingsFeature } from './meetings';
import { membersFeature } from './members';
import { messagesFeature } from './messages';
import { notificationsFeature } from './notifications';
import { progressFeature } from './progress';
import { reportsFeature } from './reports';
import { searchFeature } from './search';
import { siteFeature } from './site';
import { statementsFeature } from './statements';
import { translationsFeature } from './translations';
import { vocabulariesFeature } from './vocabularies';
import { workFeature } from './work';

export const features = [
  siteFeature,
  groupBundleFeature,
  membersFeature,
  groupsFeature,
  libraryFeature,
  searchFeature,
  accountsFeature,
  identityProvidersFeature,
  auditFeature,
  jobsFeature,
  groupSettingsFeature,
  governanceFeature,
  meetingsFeature,
  statementsFeature,
  progressFeature,
  translationsFeature,
  reportsFeature,
  workFeature,
  notificationsFeature,
  vocabulariesFeature,
  filesFeature,
  mailFeature,
  messagesFeature,
] as const;
