/** The English catalogue: one file per area under en/, merged here. */
import { accounts } from './en/accounts';
import { signIn } from './en/sign-in';
import { common } from './en/common';
import { governance } from './en/governance';
import { input } from './en/input';
import { fields } from './en/fields';
import { mapping } from './en/mapping';
import { vocabularies } from './en/vocabularies';
import { members } from './en/members';
import { meetings } from './en/meetings';
import { statements } from './en/statements';
import { progress } from './en/progress';
import { groups } from './en/groups';
import { library } from './en/library';
import { site } from './en/site';
import { reports } from './en/reports';
import { jobs } from './en/jobs';
import { groupWords } from './en/group-words';
import { work } from './en/work';
import { notifications } from './en/notifications';
import { languages } from './en/languages';
import { reportLanguages } from './en/report-languages';
import { reportScale } from './en/report-scale';
import { translations } from './en/translations';
import { raised } from './en/raised';
import { commands } from './en/commands';
import { groupBundle } from './en/group-bundle';
import { progressImport } from './en/progress-import';
import { groupSettings } from './en/group-settings';
import { referenceAdmin } from './en/reference-admin';
import { groupWiring } from './en/group-wiring';
import { api } from './en/api';

export const en = {
  ...common,
  ...input,
  ...fields,
  ...groups,
  ...library,
  ...site,
  ...members,
  ...mapping,
  ...accounts,
  ...signIn,
  ...governance,
  ...progress,
  ...reports,
  ...meetings,
  ...statements,
  ...jobs,
  ...work,
  ...notifications,
  ...languages,
  ...reportLanguages,
  ...reportScale,
  ...translations,
  ...raised,
  ...commands,
  ...groupBundle,
  ...progressImport,
  ...vocabularies,
  ...groupSettings,
  ...groupWords,
  ...referenceAdmin,
  ...groupWiring,
  ...api,
} as const;

export type MessageKey = keyof typeof en;
