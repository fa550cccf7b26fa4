/** The Russian catalogue: one file per area under ru/. */
import type { Catalogue } from './types';
import { accounts } from './ru/accounts';
import { signIn } from './ru/sign-in';
import { common } from './ru/common';
import { governance } from './ru/governance';
import { input } from './ru/input';
import { fields } from './ru/fields';
import { mapping } from './ru/mapping';
import { vocabularies } from './ru/vocabularies';
import { members } from './ru/members';
import { meetings } from './ru/meetings';
import { statements } from './ru/statements';
import { progress } from './ru/progress';
import { groups } from './ru/groups';
import { library } from './ru/library';
import { site } from './ru/site';
import { reports } from './ru/reports';
import { jobs } from './ru/jobs';
import { groupWords } from './ru/group-words';
import { work } from './ru/work';
import { notifications } from './ru/notifications';
import { languages } from './ru/languages';
import { reportLanguages } from './ru/report-languages';
import { reportScale } from './ru/report-scale';
import { translations } from './ru/translations';
import { raised } from './ru/raised';
import { commands } from './ru/commands';
import { groupBundle } from './ru/group-bundle';
import { progressImport } from './ru/progress-import';
import { groupSettings } from './ru/group-settings';
import { referenceAdmin } from './ru/reference-admin';
import { groupWiring } from './ru/group-wiring';
import { api } from './ru/api';

export const ru: Catalogue = {
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
};
