/**
 * The message catalogue, assembled. Each feature keeps its messages beside its code
 * (`features/<noun>/<noun>.messages.ts`, the six languages under `messages/`), and messages that
 * belong to no one feature (the layout, form fields, raised errors, commands, the API's reference...)
 * are modules here (`src/messages/<area>.messages.ts`). This file puts them together, gives lib/i18n
 * their English keys as a type, and installs the six catalogues.
 *
 * lib/i18n cannot import them (lib imports no feature), so every entry point imports this file once,
 * before any message is used: `src/main.ts` (the `icat` command and the server), the test setup
 * (vitest.config.ts), and bench/data/prepare.ts, which runs without the `icat` command.
 */
import { installCatalogues, type Catalogues, type Locale, supportedLocales } from '../lib/i18n';
import { accountsMessages } from '../features/accounts/accounts.messages';
import { auditMessages } from '../features/audit/audit.messages';
import { governanceMessages } from '../features/governance/governance.messages';
import { groupBundleMessages } from '../features/group-bundle/group-bundle.messages';
import { groupSettingsMessages } from '../features/group-settings/group-settings.messages';
import { groupsMessages } from '../features/groups/groups.messages';
import { identityProvidersMessages } from '../features/identity-providers/identity-providers.messages';
import { jobsMessages } from '../features/jobs/jobs.messages';
import { libraryMessages } from '../features/library/library.messages';
import { meetingsMessages } from '../features/meetings/meetings.messages';
import { membersMessages } from '../features/members/members.messages';
import { messagesMessages } from '../features/messages/messages.messages';
import { notificationsMessages } from '../features/notifications/notifications.messages';
import { progressMessages } from '../features/progress/progress.messages';
import { reportsMessages } from '../features/reports/reports.messages';
import { searchMessages } from '../features/search/search.messages';
import { siteMessages } from '../features/site/site.messages';
import { statementsMessages } from '../features/statements/statements.messages';
import { translationsMessages } from '../features/translations/translations.messages';
import { vocabulariesMessages } from '../features/vocabularies/vocabularies.messages';
import { workMessages } from '../features/work/work.messages';
import { apiMessages } from './api.messages';
import { commandsMessages } from './commands.messages';
import { commonMessages } from './common.messages';
import { fieldsMessages } from './fields.messages';
import { groupWordsMessages } from './group-words.messages';
import { inputMessages } from './input.messages';
import { languagesMessages } from './languages.messages';
import { raisedMessages } from './raised.messages';

/** Messages that belong to no one feature: the layout, fields, input problems, raised errors, commands, the API, languages, the group's words. */
export const sharedMessages = [commonMessages, inputMessages, fieldsMessages, raisedMessages, commandsMessages, apiMessages, languagesMessages, groupWordsMessages] as const;

/**
 * Every feature's messages, by the feature's name, in the order of the feature list
 * (src/features/features.ts). Each manifest names the same module; a test holds the two together.
 * The catalogue reads this projection rather than the list itself because the list imports every
 * feature's routes, whose types depend on MessageKey: built from the list, the keys would depend on
 * themselves, and a manifest's annotated type would lose them.
 */
export const featureMessages = {
  site: siteMessages,
  'group-bundle': groupBundleMessages,
  members: membersMessages,
  groups: groupsMessages,
  library: libraryMessages,
  search: searchMessages,
  accounts: accountsMessages,
  'identity-providers': identityProvidersMessages,
  audit: auditMessages,
  jobs: jobsMessages,
  'group-settings': groupSettingsMessages,
  governance: governanceMessages,
  meetings: meetingsMessages,
  statements: statementsMessages,
  progress: progressMessages,
  translations: translationsMessages,
  reports: reportsMessages,
  work: workMessages,
  notifications: notificationsMessages,
  vocabularies: vocabulariesMessages,
  messages: messagesMessages,
};

/** Every module of messages, shared then by feature: what the catalogue is made of. */
export const messageModules = [...sharedMessages, ...Object.values(featureMessages)];

type Intersection<Union> = (Union extends unknown ? (part: Union) => void : never) extends (whole: infer Whole) => void ? Whole : never;

/** The English of every module together: its keys are the MessageKey union. */
type English = Intersection<(typeof sharedMessages)[number]['en'] | (typeof featureMessages)[keyof typeof featureMessages]['en']>;

declare module '../lib/i18n' {
  interface MessageCatalogue extends English {}
}

/** One language's messages from every module; a key in two modules is a mistake (one would hide the other). */
function assemble(locale: Locale): Record<string, string> {
  const catalogue: Record<string, string> = {};
  for (const module of messageModules) {
    for (const [key, message] of Object.entries(module[locale])) {
      if (Object.hasOwn(catalogue, key)) throw new Error(`The message key ${key} is in two message modules.`);
      catalogue[key] = message;
    }
  }
  return catalogue;
}

export const assembledCatalogues = Object.fromEntries(supportedLocales.map((locale) => [locale, assemble(locale)])) as Catalogues;

installCatalogues(assembledCatalogues);
